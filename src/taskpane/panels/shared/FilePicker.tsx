import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { READ_ARCHIVES, WORKBOOK_EXTENSIONS, type InputFile } from "../../../hosts/files";
import { useT } from "../../i18n/use-t";
import { notFormsCount, useFileIntake, type ChosenFiles } from "./use-files";

/** What the dialog lists: every file the reader takes, archives of them, and a request file (.json). */
const ACCEPT = [...WORKBOOK_EXTENSIONS, ...READ_ARCHIVES, ".json"].join(",");

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  chosen: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface FilePickerProps {
  readonly files: ChosenFiles;
  /** Reading a chosen file failed: the message says which file. */
  readonly onError: (message: string) => void;
  readonly pickWithHost?: () => Promise<InputFile[]>;
  readonly disabled?: boolean;
}

/** Choose files with a button (keyboard), drop them, or (WPS) use the program's own dialog. */
export function FilePicker({ files, onError, pickWithHost, disabled }: FilePickerProps) {
  const t = useT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement | null>(null);
  const intake = useFileIntake(files, onError);
  const notForms = notFormsCount(files.files);
  return (
    <div
      className={intake.over ? `${styles.zone} ${styles.over}` : styles.zone}
      {...intake.dropZone}
      data-testid="drop-zone"
    >
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
          {t("filesPick")}
        </Button>
        <Button disabled={disabled} onClick={() => folder.current?.click()}>
          {t("filesPickFolder")}
        </Button>
        {pickWithHost && (
          <Button disabled={disabled} onClick={() => void intake.take(pickWithHost())}>
            {t("filesPickWps")}
          </Button>
        )}
      </div>
      {/* 清空 beside the count it clears, not alone on a row of its own in a narrow pane. */}
      <div className={styles.chosen}>
        <Caption1>{files.files.length ? t("filesChosen", { count: files.files.length }) : t("filesDrop")}</Caption1>
        {files.files.length > 0 && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={files.clear}>
            {t("filesClear")}
          </Button>
        )}
      </div>
      {notForms > 0 && <Caption1 data-testid="not-forms">{t("filesNotForms", { count: notForms })}</Caption1>}
      {files.skipped.length > 0 && (
        <Caption1 data-testid="skipped">
          {t("filesSkipped", {
            count: files.skipped.length,
            names: files.skipped.slice(0, 5).join(t("listSeparator")) + (files.skipped.length > 5 ? t("listMore") : ""),
          })}
        </Caption1>
      )}
      {files.roster && (
        <Caption1 data-testid="roster-file">
          {t("filesRoster", { file: files.roster.name, count: files.roster.units.length })}
        </Caption1>
      )}
      {files.request && (
        <Caption1 data-testid="request-file">{t("filesRequest", { file: files.request.name })}</Caption1>
      )}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        aria-label={t("filesPick")}
        data-testid="file-input"
        onChange={(e) => intake.fromInput(e.target)}
      />
      <input
        ref={(el) => {
          folder.current = el;
          // React does not know webkitdirectory: set it on the element (a whole folder, all levels).
          el?.setAttribute("webkitdirectory", "");
        }}
        type="file"
        multiple
        hidden
        aria-label={t("filesPickFolder")}
        data-testid="folder-input"
        onChange={(e) => intake.fromInput(e.target)}
      />
    </div>
  );
}
