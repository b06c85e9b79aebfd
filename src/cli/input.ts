import { readFile } from 'node:fs/promises';

/** Input that is not HTML, or holds no article: exit code 2 with this one-line message. */
export class NoArticleError extends Error {}

export async function readInput(input: string): Promise<string> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(input, 'utf8');
}

/** A quick look before parsing: binary data, or text without a single tag, is not a web page. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|body|div|p|article|main|section|table|span|h1|center)\b/i.test(
    text.slice(0, 200_000),
  );
}

/** The address a saved page was read from, from its own links: its canonical address (on an archive, the short snapshot link), else the bookmark. */
export function ownAddress(doc: Document): string | null {
  for (const sel of ['link[rel="canonical"]', 'meta[property="og:url"]', 'link[rel="bookmark"]']) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('href') ?? el?.getAttribute('content');
    if (v && /^https?:\/\//i.test(v.trim())) return v.trim();
  }
  return null;
}
