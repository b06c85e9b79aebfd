/**
 * Everything the command line prints passes through here. A page can hold control characters (ESC, BEL, the C1
 * range), and printed to a terminal they are commands: they can retitle the window, rewrite what was printed before,
 * or hide text. None of them is ever part of an article, so they are dropped; tabs and line breaks (LF, CRLF) stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/** The text without control characters; a CR stays only as part of CRLF (RIS files are written with it). */
function printable(text: string): string {
  return text.replace(CONTROL, '');
}

/** Writes to standard output, without control characters. */
export function out(text: string): void {
  process.stdout.write(printable(text));
}

/** Writes to standard error, without control characters. */
export function err(text: string): void {
  process.stderr.write(printable(text));
}
