import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const PAGE = /\.(html?|zip)$/i;

/**
 * The files a batch reads: files named on the command line as they are, folders walked (depth first, in name
 * order, hidden entries skipped) for `.html`, `.htm` and archive ".zip" downloads. Each file once.
 */
export async function collectInputs(args: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string): void => {
    const resolved = path.resolve(file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      out.push(file);
    }
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      // A link to a page is a page; a link to a folder is not followed (it could lead back up the tree).
      else if ((entry.isFile() || entry.isSymbolicLink()) && PAGE.test(entry.name)) add(full);
    }
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) await walk(arg);
    else add(arg); // a missing file becomes a failed line of the index, not a stop
  }
  return out;
}

/**
 * A unique output name in the folder: the article's own name, else `-2`, `-3`… before the extension. Many inputs
 * share a page name (`index.html`) and some share a title, so names are reserved as they are given.
 */
export function uniqueName(wanted: string, taken: Set<string>): string {
  const ext = path.extname(wanted);
  const stem = wanted.slice(0, wanted.length - ext.length);
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
  taken.add(name.toLowerCase());
  return name;
}
