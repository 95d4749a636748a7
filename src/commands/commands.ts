/// <reference types="office-js" />
/**
 * The function file the manifest names (Excel needs one for add-in commands). The ribbon buttons
 * open the task pane (ShowTaskpane), so it defines no functions. Excel's OnDocumentSave event is
 * preview-only (beta office.js from Microsoft's CDN, a LaunchEvent manifest, admin deployment) and
 * absent from the office.js we serve, so saves are checked by 校验并保存 in the pane instead.
 */
Office.onReady(() => undefined);
