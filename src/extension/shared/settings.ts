import browser from 'webextension-polyfill';
import { SAVE_FORMATS as FILE_SAVE_FORMATS, type SaveFormat as FileSaveFormat } from '../../formats/save-format.js';
// The ids alone: the formatters come with the Cite panel, not with the settings the popup reads at start.
import { CITATION_STYLE_IDS, type CitationStyleId } from '../../formats/citation/ids.js';

/** Everything the user can choose, with the defaults the options page starts from. */
export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';
export type CopyFormat = 'rich' | 'markdown' | 'text';
/** Where Save puts the article: a file in one of the formats of formats/save-format.ts, or the extension's library. */
export type SaveFormat = FileSaveFormat | 'library';

export interface Settings {
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS pixels; one of FONT_SIZES. */
  fontSize: number;
  /** Maximum line length in rem; one of LINE_WIDTHS. */
  lineWidth: number;
  /** One of LINE_HEIGHTS. */
  lineHeight: number;
  /** Read-aloud speed; one of SPEECH_RATES. */
  speechRate: number;
  copyFormat: CopyFormat;
  copySourceLine: boolean;
  /** Open the reader by itself whenever a snapshot with an article finishes loading. */
  autoOpen: boolean;
  /** Read a snapshot as soon as its tab has loaded, so the popup shows it at once (background/pre-read.ts). */
  readAhead: boolean;
  /** The style the Cite panel opens with: the last one chosen. */
  citationStyle: CitationStyleId;
  /** What Save does: the last format chosen. */
  saveFormat: SaveFormat;
}

export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];
export const FONTS: readonly FontFamily[] = ['serif', 'sans'];
export const COPY_FORMATS: readonly CopyFormat[] = ['rich', 'markdown', 'text'];
export const SAVE_FORMATS: readonly SaveFormat[] = [...FILE_SAVE_FORMATS, 'library'];
export const FONT_SIZES: readonly number[] = [14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 32];
export const LINE_WIDTHS: readonly number[] = [30, 34, 38, 44, 52];
export const LINE_HEIGHTS: readonly number[] = [1.4, 1.6, 1.8, 2];
export const SPEECH_RATES: readonly number[] = [0.75, 1, 1.25, 1.5, 1.75, 2];

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineWidth: 38,
  lineHeight: 1.6,
  speechRate: 1,
  copyFormat: 'rich',
  copySourceLine: true,
  autoOpen: false,
  readAhead: true,
  citationStyle: 'apa',
  saveFormat: 'html',
};

const KEY = 'settings';

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Stored values are checked one by one: a value from an older version or a bad edit falls back to its default. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, r.theme, d.theme),
    font: oneOf(FONTS, r.font, d.font),
    fontSize: oneOf(FONT_SIZES, r.fontSize, d.fontSize),
    lineWidth: oneOf(LINE_WIDTHS, r.lineWidth, d.lineWidth),
    lineHeight: oneOf(LINE_HEIGHTS, r.lineHeight, d.lineHeight),
    speechRate: oneOf(SPEECH_RATES, r.speechRate, d.speechRate),
    copyFormat: oneOf(COPY_FORMATS, r.copyFormat, d.copyFormat),
    copySourceLine: typeof r.copySourceLine === 'boolean' ? r.copySourceLine : d.copySourceLine,
    autoOpen: typeof r.autoOpen === 'boolean' ? r.autoOpen : d.autoOpen,
    readAhead: typeof r.readAhead === 'boolean' ? r.readAhead : d.readAhead,
    citationStyle: oneOf(CITATION_STYLE_IDS, r.citationStyle, d.citationStyle),
    saveFormat: oneOf(SAVE_FORMATS, r.saveFormat, d.saveFormat),
  };
}

// storage.local rather than sync: settings stay on the device, and sync's write quotas would throttle
// a reader whose size buttons are pressed quickly.
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

// Writes from one page run one after another, each merged into the settings the previous one stored,
// so quick successive changes (a key held down in the reader) are never lost to a stale read.
let writes: Promise<unknown> = Promise.resolve();

export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const write = writes.then(async () => {
    const next = normaliseSettings({ ...(await loadSettings()), ...change });
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}

/** Calls `listener` whenever the settings change in any tab or page. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[KEY];
    if (area === 'local' && change) listener(normaliseSettings(change.newValue));
  });
}

/** The neighbour of `current` in `steps` (`direction` −1 or +1), staying at the ends. */
export function stepThrough(steps: readonly number[], current: number, direction: -1 | 1): number {
  const index = steps.indexOf(current);
  const from = index === -1 ? steps.findIndex((s) => s >= current) : index;
  const next = Math.min(steps.length - 1, Math.max(0, from + direction));
  return steps[next] ?? current;
}

/** The value after `current` in `values`, wrapping round. */
export function cycle<T>(values: readonly T[], current: T): T {
  const index = values.indexOf(current);
  return values[(index + 1) % values.length] ?? current;
}
