import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  chart: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 6em) minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { alignSelf: "center", height: "12px", backgroundColor: tokens.colorNeutralBackground3 },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
});

/**
 * A small horizontal bar chart that fits any pane width. It is one image to assistive technology,
 * described by `label` (every value in words); the same numbers are in the table next to it.
 */
export function BarChart({ label, bars }: { label: string; bars: readonly { name: string; value: number }[] }) {
  const styles = useStyles();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className={styles.chart} role="img" aria-label={label} data-testid="bar-chart">
      {bars.map((b) => (
        <div key={b.name} className={styles.row} aria-hidden="true">
          <span className={styles.label}>{b.name}</span>
          <span className={styles.track}>
            <span className={styles.bar} style={{ width: `${(100 * b.value) / max}%`, display: "block" }} />
          </span>
          <span>{b.value}</span>
        </div>
      ))}
    </figure>
  );
}
