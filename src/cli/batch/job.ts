import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { extractWithReport } from '../../core/extract.js';
import { articleFileName } from '../../formats/filename.js';
import type { DomWindow } from '../../formats/sanitize.js';
import type { OutputFormat, SaveFormat } from '../args.js';
import { parseHtml } from '../dom.js';
import { looksLikeHtml, ownAddress } from '../input.js';
import { renderArticle } from '../output.js';
import { refusalMessage } from '../refusal.js';
import { saveArticle } from '../save.js';

/** One input of a batch, as the pool hands it to a worker. */
export interface Job {
  id: number;
  input: string;
  /** Where to write the output; the pool renames it to its final, unique name. */
  tempPath: string;
  format: Exclude<OutputFormat, 'summary'>;
  save: Exclude<SaveFormat, 'markdown-zip'> | null;
  offline: boolean;
  version: string;
}

export interface JobDone {
  id: number;
  ok: true;
  /** Time spent on this input inside the worker (reading, extraction, writing), not the worker's start-up. */
  ms: number;
  /** The name the article suggests (`site-title.ext`), before the pool makes it unique. */
  name: string;
  title: string;
  originalUrl: string | null;
  archivedAt: string | null;
  words: number;
}

interface JobFailed {
  id: number;
  ok: false;
  /** As JobDone's; absent when the worker itself failed (timeout, memory). */
  ms?: number;
  error: string;
}

export type JobResult = JobDone | JobFailed;

/** A failure that is the input's, not the program's: reported on its index line, never a stack trace. */
export class InputError extends Error {}

const EXTENSIONS: Record<string, string> = { json: 'json', text: 'txt', markdown: 'md', html: 'html', epub: 'epub' };

/** Largest input read: far beyond any real snapshot (the 20 MB test page), small enough to keep a worker alive. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const tooLarge = (bytes: number): string =>
  `too large: ${(bytes / 1048576).toFixed(0)} MB (at most ${MAX_INPUT_BYTES / 1048576} MB)`;

/**
 * The page of an input: an `.html` file, or an archive.today ".zip" download unpacked into a temporary folder so
 * that its images, beside its `index.html`, are found as they are for a saved page.
 */
async function openInput(input: string): Promise<{ html: string; htmlPath: string; cleanup: () => Promise<void> }> {
  // The size is checked before reading, so that a huge file costs nothing; a pipe or device has no size to check
  // and is read (the pool's time limit stops one that never ends).
  const info = await stat(input);
  if (info.isDirectory()) throw new InputError('a folder, not a page');
  if (info.size > MAX_INPUT_BYTES) throw new InputError(tooLarge(info.size));
  const bytes = await readFile(input);
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(tooLarge(bytes.length));
  if (!/\.zip$/i.test(input)) return { html: bytes.toString('utf8'), htmlPath: input, cleanup: async () => {} };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new InputError('not a readable zip file');
  }
  const pageName =
    Object.keys(files).find((name) => /(^|\/)index\.html?$/i.test(name)) ??
    Object.keys(files).find((name) => /\.html?$/i.test(name));
  if (!pageName) throw new InputError('the zip holds no HTML page');
  const dir = await mkdtemp(path.join(tmpdir(), 'archive-reader-zip-'));
  for (const [name, data] of Object.entries(files)) {
    const target = path.resolve(dir, name);
    // Entries may name any path ("../../x"): only those inside the folder are written.
    if (!target.startsWith(dir + path.sep) || name.endsWith('/')) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
  const htmlPath = path.resolve(dir, pageName);
  return {
    html: Buffer.from(files[pageName]!).toString('utf8'),
    htmlPath,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Reads one input and writes its output to `job.tempPath`. Throws InputError for what is wrong with the input. */
export async function runJob(job: Job): Promise<JobDone> {
  const started = performance.now();
  const { html, htmlPath, cleanup } = await openInput(job.input);
  try {
    if (!looksLikeHtml(html)) throw new InputError('not an HTML page');
    const doc = parseHtml(html, pathToFileURL(path.resolve(htmlPath)).href);
    try {
      const report = extractWithReport(doc, ownAddress(doc) ?? doc.URL);
      const article = report.article;
      if (!article) throw new InputError(refusalMessage(report, false));
      const win = doc.defaultView as unknown as DomWindow; // jsdom's window: the DOM the formats need in Node
      const ext = EXTENSIONS[job.save ?? job.format]!;
      if (job.save)
        await saveArticle(article, job.save, job.tempPath, win, {
          inputPath: path.resolve(htmlPath),
          offline: job.offline,
          version: job.version,
        });
      else await writeFile(job.tempPath, await renderArticle(article, job.format, win));
      return {
        id: job.id,
        ok: true,
        ms: performance.now() - started,
        name: articleFileName(article, ext),
        title: article.title,
        originalUrl: article.source.originalUrl,
        archivedAt: article.source.archivedAt,
        words: article.wordCount,
      };
    } finally {
      doc.defaultView?.close();
    }
  } finally {
    await cleanup();
  }
}
