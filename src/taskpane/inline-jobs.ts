import { buildTemplates } from "../core/template/build-template";
import { summaryFileModel } from "../core/merge/summary-model";
import { mergeFiles } from "../app/merge-returns";
import { validateFiles } from "../app/validate-files";
import { correctionFiles, unitTemplateFiles } from "../app/follow-up";
import { zipFiles } from "../hosts/file/zip-files";
import { unpackAll } from "../hosts/file/other-archives";
import { readWorkbook } from "../hosts/file/read-workbook";
import { writeXlsx, writeXlsxAsync } from "../hosts/file/xlsx/write-xlsx";
import { nativePacker } from "../hosts/file/xlsx/native-packer";
import type { FileWorkbookModel, WorkbookModel } from "../core/workbook/model";
import type { InputFile } from "../hosts/files";
import type { FileJobs } from "./services";
import { loadSevenZip } from "./seven-zip";

/** The returns among the files, each archive (.zip, .rar, .7z) replaced by what it holds. */
const unpacked = (files: readonly InputFile[]) => unpackAll(files, loadSevenZip);

/** A summary or a workbook the pane hands over: compressed by the browser's own deflate where it has one. */
const written = (model: WorkbookModel | FileWorkbookModel): Promise<Uint8Array> =>
  nativePacker ? writeXlsxAsync(model, nativePacker) : Promise.resolve(writeXlsx(model));

/**
 * The file jobs on the calling thread: used inside the worker, and in tests. An archive among the
 * returns (a .zip 打包下载, a unit's .rar or .7z) is opened here, off the page's thread, and its
 * returns read like any.
 */
export const inlineJobs: FileJobs = {
  async merge(files, options, onProgress, withFile = true) {
    const result = mergeFiles(await unpacked(files), readWorkbook, options, onProgress);
    return { result, bytes: withFile ? await written(summaryFileModel(result, options.locale)) : null };
  },
  async validate(files, options, onProgress) {
    return validateFiles(await unpacked(files), { read: readWorkbook, write: writeXlsx }, options, onProgress);
  },
  async workbook(model) {
    return written(model);
  },
  async templates(chosen, all) {
    return writeXlsx(buildTemplates(chosen, { listsOf: all }));
  },
  async corrections(files, result, locale) {
    return correctionFiles(result, await unpacked(files), { read: readWorkbook, write: writeXlsx }, locale);
  },
  async unitTemplates(chosen, all, units, round) {
    return zipFiles(unitTemplateFiles(chosen, all, units, round, writeXlsx));
  },
  async zip(files) {
    return zipFiles(files);
  },
};
