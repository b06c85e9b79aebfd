/**
 * Rich text on the clipboard: HTML and plain text together, in one write, so a word processor or a note keeps
 * links and emphasis while a plain-text field still gets clean text. Needs a focused page (or `clipboardWrite`).
 */
export async function writeRichText(html: string, text: string): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
