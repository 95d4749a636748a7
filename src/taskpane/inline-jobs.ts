import { buildTemplates } from "../core/template/build-template";
import { summaryFileModel } from "../core/merge/summary-model";
import { mergeFiles } from "../app/merge-returns";
import { validateFiles } from "../app/validate-files";
import { correctionFiles, unitTemplateFiles } from "../app/follow-up";
import { zipFiles } from "../hosts/file/zip-files";
import { unpackArchives } from "../hosts/file/archive";
import { readWorkbook } from "../hosts/file/read-workbook";
import { writeXlsx } from "../hosts/file/xlsx/write-xlsx";
import type { FileJobs } from "./services";

/**
 * The file jobs on the calling thread: used inside the worker, and in tests. A .zip among the
 * returns (打包下载) is opened here, off the page's thread, and its returns read like any.
 */
export const inlineJobs: FileJobs = {
  async merge(files, options, onProgress, withFile = true) {
    const result = mergeFiles(unpackArchives(files), readWorkbook, options, onProgress);
    return { result, bytes: withFile ? writeXlsx(summaryFileModel(result, options.locale)) : null };
  },
  async validate(files, options, onProgress) {
    return validateFiles(unpackArchives(files), { read: readWorkbook, write: writeXlsx }, options, onProgress);
  },
  async workbook(model) {
    return writeXlsx(model);
  },
  async templates(chosen, all) {
    return writeXlsx(buildTemplates(chosen, { listsOf: all }));
  },
  async corrections(files, result, locale) {
    return correctionFiles(result, unpackArchives(files), { read: readWorkbook, write: writeXlsx }, locale);
  },
  async unitTemplates(chosen, all, units, round) {
    return zipFiles(unitTemplateFiles(chosen, all, units, round, writeXlsx));
  },
  async zip(files) {
    return zipFiles(files);
  },
};
