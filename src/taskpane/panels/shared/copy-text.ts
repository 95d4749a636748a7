/**
 * Copies text to the clipboard from a button's click. An add-in's pane can be an iframe without the
 * `clipboard-write` permission, and then navigator.clipboard rejects (reported for Outlook on the
 * web: OfficeDev/office-js#1991, #3480, "The Clipboard API has been blocked because of a permissions
 * policy"; whether Excel's panes do the same is not verified here). document.execCommand("copy") on selected text, inside the click, is not subject to that
 * policy and works in the old Chromium of WPS too, so it is tried first; the Clipboard API second.
 * Resolves false when neither could copy: the caller then selects the text and asks for Ctrl+C.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  // Off screen but selectable (display:none text cannot be selected).
  area.style.position = "fixed";
  area.style.top = "-1000px";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  const focused = doc.activeElement as HTMLElement | null;
  let copied = false;
  try {
    area.select();
    copied = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    copied = false;
  } finally {
    area.remove();
    focused?.focus?.();
  }
  if (copied) return true;
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard?.writeText) return false;
  return clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}
