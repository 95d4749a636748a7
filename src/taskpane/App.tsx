import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Locale } from "../core/i18n/text";
import { LocaleContext, useLocale, useT } from "./i18n/use-t";
import { useLocaleState } from "./i18n/use-locale-state";
import { MergePanel } from "./panels/merge/MergePanel";
import { Notice } from "./panels/shared/Notice";
import { TemplatesPanel } from "./panels/templates/TemplatesPanel";
import { ValidatePanel } from "./panels/validate/ValidatePanel";
import { ServicesContext, useServices, type PaneServices } from "./services";

export type PanelId = "templates" | "validate" | "merge";

const PANEL_VIEWS = [
  ["templates", TemplatesPanel],
  ["validate", ValidatePanel],
  ["merge", MergePanel],
] as const;

const useStyles = makeStyles({
  // No minimum width: at 200 % zoom a 340 px pane is 170 CSS pixels wide, and nothing may scroll sideways.
  root: { padding: tokens.spacingHorizontalM, maxWidth: "900px", boxSizing: "border-box", overflowWrap: "anywhere" },
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  links: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  mode: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
});

export interface AppProps {
  readonly services: PaneServices;
  /** The panel a ribbon button asked for (?panel=merge). */
  readonly initialPanel?: PanelId;
  readonly initialLocale?: Locale;
}

/** The task pane: the same three parts in Excel, WPS and the standalone page. */
export function App({ services, initialPanel = "templates", initialLocale }: AppProps) {
  const localeValue = useLocaleState(initialLocale, services.storage, services.loadLocale);
  return (
    <FluentProvider theme={webLightTheme} lang={localeValue.locale}>
      <LocaleContext.Provider value={localeValue}>
        <ServicesContext.Provider value={services}>
          <Pane initialPanel={initialPanel} />
        </ServicesContext.Provider>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

function Pane({ initialPanel }: { initialPanel: PanelId }) {
  const t = useT();
  const styles = useStyles();
  const { mode } = useServices();
  const { failed } = useLocale();
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  return (
    <main className={styles.root}>
      <div className={styles.top}>
        <h1 className={styles.title}>{t("appTitle")}</h1>
        <span className={styles.links}>
          <Link href="help.html" target="_blank" rel="noopener">
            {t("help")}
          </Link>
          <LanguageSwitch />
        </span>
      </div>
      <Caption1 className={styles.mode} data-testid="mode">
        {t(mode === "excel" ? "modeExcel" : mode === "wps" ? "modeWps" : "modeStandalone")}
      </Caption1>
      {failed && <Notice notice={{ intent: "warning", text: t("languageFailed") }} />}
      <TabList selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as PanelId)}>
        <Tab value="templates" id="tab-templates">
          {t("tabTemplates")}
        </Tab>
        <Tab value="validate" id="tab-validate">
          {t("tabValidate")}
        </Tab>
        <Tab value="merge" id="tab-merge">
          {t("tabMerge")}
        </Tab>
      </TabList>
      {/* Every panel stays mounted: files chosen, results and downloads survive a look at another tab. */}
      {PANEL_VIEWS.map(([id, View]) => (
        <div key={id} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={panel !== id}>
          <View />
        </div>
      ))}
    </main>
  );
}

function LanguageSwitch() {
  const t = useT();
  return (
    <LocaleContext.Consumer>
      {({ locale, setLocale }) => (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => setLocale(locale === "zh-CN" ? "en" : "zh-CN")}
          lang={locale === "zh-CN" ? "en" : "zh-CN"}
        >
          {t("language")}
        </Button>
      )}
    </LocaleContext.Consumer>
  );
}
