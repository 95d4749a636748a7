/// <reference types="office-js" />
/**
 * The function file the manifest names. All three ribbon buttons open the task pane (ShowTaskpane),
 * so no command functions are registered; Office still loads this page and waits for onReady.
 */
Office.onReady(() => undefined);
