/**
 * The two small functions the menu's *Copy quote with citation* runs in the snapshot tab, beside `copyPage`
 * (page-copy.ts): one reads what is selected there, one puts the finished quote on the clipboard. They run in the
 * extension's isolated world through `scripting.executeScript({ func })`, so each must not refer to anything
 * outside itself; the page's own scripts cannot see or replace them.
 */

/** The selected words, and the words just before them on the page (to tell a repeated passage's occurrences apart). */
export interface PageSelection {
  text: string;
  before: string;
}

/** What is selected in the frame, or null. */
export function readSelection(): PageSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const text = selection.toString();
  if (!text.trim()) return null;
  const lead = document.createRange();
  const root = document.body ?? document.documentElement;
  lead.setStart(root, 0);
  const range = selection.getRangeAt(0);
  lead.setEnd(range.startContainer, range.startOffset);
  return { text, before: lead.toString().slice(-400) };
}

/**
 * Writes HTML and plain text together (as the reader's Copy quote does). `clipboardWrite` lets an extension's
 * script write without a click in the page; the tab has the focus, as the menu was just used in it.
 */
export async function writeClipboard(html: string, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }
}
