import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { InputFile } from "../../../hosts/files";
import { useT } from "../../i18n/use-t";
import { droppedFiles, picked, readFiles } from "./use-files";

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
});

export interface FilePickerProps {
  readonly files: readonly InputFile[];
  readonly onAdd: (files: InputFile[]) => void;
  /** Reading a chosen file failed: the message says which file. */
  readonly onError: (message: string) => void;
  readonly onClear: () => void;
  readonly pickWithHost?: () => Promise<InputFile[]>;
  readonly disabled?: boolean;
}

/** Choose files with a button (keyboard), drop them, or (WPS) use the program's own dialog. */
export function FilePicker({ files, onAdd, onError, onClear, pickWithHost, disabled }: FilePickerProps) {
  const t = useT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement | null>(null);
  const [over, setOver] = useState(false);
  const take = (work: Promise<InputFile[]>) =>
    work.then(onAdd, (e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(droppedFiles(e.dataTransfer).then(readFiles));
  };
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
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
          <Button disabled={disabled} onClick={() => void take(pickWithHost())}>
            {t("filesPickWps")}
          </Button>
        )}
        {files.length > 0 && (
          <Button appearance="subtle" disabled={disabled} onClick={onClear}>
            {t("filesClear")}
          </Button>
        )}
      </div>
      <Caption1>{files.length ? t("filesChosen", { count: files.length }) : t("filesDrop")}</Caption1>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".xlsx,.xlsm,.xls,.ods,.csv,.et,.ett,.txt"
        aria-label={t("filesPick")}
        data-testid="file-input"
        onChange={(e) => {
          if (e.target.files) void take(readFiles(picked(e.target.files))).finally(() => (e.target.value = ""));
        }}
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
        onChange={(e) => {
          if (e.target.files) void take(readFiles(picked(e.target.files))).finally(() => (e.target.value = ""));
        }}
      />
    </div>
  );
}
