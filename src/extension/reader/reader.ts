/**
 * The reader page, `reader.html?id=…` (an article handed over from a tab), `reader.html?tab=…` (reads that tab's
 * page itself: the shortcut, the menu, the automatic option) or `reader.html?library=…` (an article from the
 * library, shown with its stored images and no request at all): the article, sanitised, in the user's
 * theme and type, with a table of contents, read aloud, Cite, quotes and highlights of a selection, Save, Verify,
 * print, and a keyboard shortcut for each control. `&verify=1` (the popup's Verify) starts Verify once the article is shown.
 */
import type { Article } from '../../article.js';
import { languageTag } from '../../formats/article-parts.js';
import { localizePage, t, type MessageKey } from '../shared/i18n.js';
import { rateLabel, stepOptions } from '../shared/labels.js';
import { load } from '../shared/lazy.js';
import { Library } from '../shared/library/store.js';
import { exposeLibraryTestHook } from '../shared/library/fault.js';
import { openLibrary } from '../shared/open-library.js';
import type { Extraction } from '../messages.js';
import { loadArticle, storeArticle } from '../shared/reader-store.js';
import { extractFromCopy, extractFromTab } from '../shared/tab-extraction.js';
import { FAILURE_TEXT, failureDetail, fillWhy } from '../shared/why.js';
import {
  loadSettings,
  normaliseSettings,
  onSettingsChanged,
  saveSettings,
  SAVE_FORMATS,
  SPEECH_RATES,
  stepThrough,
  type SaveFormat,
  type Settings,
} from '../shared/settings.js';
import { appearanceSteps, applyAppearance, wireAppearancePanel } from './appearance.js';
import { wireHighlights } from './highlights.js';
import type { SelectionTools } from './selection-tools.js';
import { renderArticle, type RenderOptions } from './render.js';
import { fillHelp, listenForShortcuts, type Shortcut } from './shortcuts.js';
import { ReadAloud, readableBlocks, type SpeechState } from './speech.js';
import { buildToc } from './toc.js';
import { wireToolbarMenu } from './toolbar-menu.js';
import { showLastCheck } from '../verify/sentence.js';
import { verifyTarget } from '../verify/wayback-lookup.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

let settings: Settings;
const current = (): Settings => settings;
let speech: ReadAloud | null = null;
/** This page's own changes still being written; their echoes from storage are older than what is shown. */
let pendingSaves = 0;

/** Applies a change at once (keys pressed quickly each count) and remembers it for every tab and next time. */
function change(partial: Partial<Settings>): void {
  const next = normaliseSettings({ ...settings, ...partial });
  if (next.speechRate !== settings.speechRate) {
    $<HTMLSelectElement>('speech-rate').value = String(next.speechRate);
    speech?.setRate(next.speechRate);
  }
  settings = next;
  applyAppearance(next);
  pendingSaves++;
  saveSettings(partial)
    .catch((error: unknown) => console.error('Archive Reader: settings', error))
    .finally(() => pendingSaves--);
}

/** The article survives reloads in this tab's own sessionStorage too, even after the shared store dropped it. */
async function findArticle(id: string): Promise<Article | null> {
  const key = `archive-reader:${id}`;
  try {
    const kept = sessionStorage.getItem(key);
    if (kept) return JSON.parse(kept) as Article;
  } catch {
    // storage disabled or a damaged entry: fall back to the extension's store
  }
  const article = await loadArticle(id);
  if (article) {
    try {
      sessionStorage.setItem(key, JSON.stringify(article));
    } catch {
      // over quota: reloads will read the extension's store instead
    }
  }
  return article;
}

/** The toolbar's panels, by the button that opens each; one is open at a time. */
const PANELS = [
  ['toggle-appearance', 'appearance'],
  ['toggle-toc', 'toc'],
  ['toggle-cite', 'cite-panel'],
  ['toggle-highlights', 'highlights-panel'],
  ['toggle-save', 'save-panel'],
] as const;

function togglePanel(buttonId: string, panelId: string, force?: boolean): void {
  const button = $(buttonId);
  const panel = $(panelId);
  if (button.hidden) return;
  const open = force ?? panel.hidden;
  if (open) {
    for (const [otherButton, other] of PANELS) {
      if (other !== panelId && !$(other).hidden) {
        $(other).hidden = true;
        $(otherButton).setAttribute('aria-expanded', 'false');
      }
    }
  }
  panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open)
    panel.querySelector<HTMLElement>('input:checked, a, button:not([hidden]), select, [tabindex="-1"]')?.focus();
}

/** Panels stick right under the toolbar, whose height grows when its buttons wrap onto a second row. */
function followToolbarHeight(): void {
  const toolbar = document.querySelector<HTMLElement>('.toolbar');
  if (!toolbar) return;
  new ResizeObserver(() =>
    document.documentElement.style.setProperty('--toolbar-height', `${toolbar.offsetHeight}px`),
  ).observe(toolbar);
}

function closePanels(): boolean {
  let closed = false;
  for (const [button, panel] of PANELS) {
    if (!$(panel).hidden) {
      togglePanel(button, panel, false);
      $(button).focus();
      // A button folded into the closed toolbar menu cannot take focus: the menu's button does.
      if (document.activeElement !== $(button)) $('toolbar-more').focus();
      closed = true;
    }
  }
  return closed;
}

const PLAY_ICON = 'M7 4.5v15L19.5 12z';
const PAUSE_ICON = 'M6 5h4v14H6zm8 0h4v14h-4z';

const SPEECH_LABELS: Record<SpeechState, MessageKey> = {
  stopped: 'readerReadAloud',
  playing: 'readerPause',
  paused: 'readerResume',
  unavailable: 'readerSpeechUnavailable',
  'network-only': 'readerSpeechNetworkOnly',
};

function wireSpeech(body: HTMLElement, article: Article): ReadAloud {
  const rate = $<HTMLSelectElement>('speech-rate');
  rate.replaceChildren(...stepOptions(SPEECH_RATES, rateLabel));
  rate.value = String(settings.speechRate);
  let highlighted: HTMLElement | null = null;
  const aloud = new ReadAloud(
    readableBlocks(body),
    languageTag(article.lang) ?? document.documentElement.lang,
    settings.speechRate,
    (state, block) => {
      highlighted?.classList.remove('ar-speaking');
      highlighted = block;
      if (block) {
        block.classList.add('ar-speaking');
        const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
        block.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      }
      const play = $('speech-play');
      // The label says what a press does next (Read aloud, Pause, Resume); no toggle state on top of it.
      play.dataset.state = state;
      document.getElementById('speech-play-icon')?.setAttribute('d', state === 'playing' ? PAUSE_ICON : PLAY_ICON);
      $('speech-play-label').textContent = t(SPEECH_LABELS[state]);
      play.toggleAttribute('disabled', state === 'unavailable');
      $('speech-status').textContent = t(SPEECH_LABELS[state]);
    },
  );
  if (aloud.current === 'unavailable') $('speech-controls').hidden = true;
  $('speech-play').addEventListener('click', () => aloud.toggle());
  $('speech-next').addEventListener('click', () => aloud.next());
  $('speech-previous').addEventListener('click', () => aloud.previous());
  rate.addEventListener('change', () => change({ speechRate: Number(rate.value) }));
  window.addEventListener('pagehide', () => aloud.stop());
  return aloud;
}

function shortcuts(speech: ReadAloud, selection: SelectionTools): Shortcut[] {
  const help = $<HTMLDialogElement>('help');
  const setRate = (direction: 1 | -1): void =>
    change({ speechRate: stepThrough(SPEECH_RATES, settings.speechRate, direction) });
  const step = (compute: (s: Settings) => Partial<Settings>) => (): void => change(compute(settings));
  return [
    { keys: ['?'], label: 'shortcutHelp', run: () => (help.open ? help.close() : help.showModal()) },
    { keys: ['t'], label: 'shortcutTheme', run: step(appearanceSteps.nextTheme) },
    { keys: ['f'], label: 'shortcutFont', run: step(appearanceSteps.nextFont) },
    { keys: ['+', '='], label: 'shortcutLarger', run: step(appearanceSteps.larger) },
    { keys: ['-'], label: 'shortcutSmaller', run: step(appearanceSteps.smaller) },
    { keys: [']'], label: 'shortcutWider', run: step(appearanceSteps.wider) },
    { keys: ['['], label: 'shortcutNarrower', run: step(appearanceSteps.narrower) },
    { keys: ['l'], label: 'shortcutLineHeight', run: step(appearanceSteps.nextLineHeight) },
    { keys: ['a'], label: 'shortcutAppearance', run: () => togglePanel('toggle-appearance', 'appearance') },
    { keys: ['c'], label: 'shortcutContents', run: () => togglePanel('toggle-toc', 'toc') },
    { keys: ['q'], label: 'shortcutQuote', run: () => void selection.openFromKeyboard() },
    { keys: ['h'], label: 'shortcutHighlights', run: () => togglePanel('toggle-highlights', 'highlights-panel') },
    { keys: ['p', 'k'], label: 'shortcutReadAloud', run: () => speech.toggle() },
    { keys: ['n'], label: 'shortcutNextParagraph', run: () => speech.next() },
    { keys: ['b'], label: 'shortcutPreviousParagraph', run: () => speech.previous() },
    { keys: ['>'], label: 'shortcutFaster', run: () => setRate(1) },
    { keys: ['<'], label: 'shortcutSlower', run: () => setRate(-1) },
    {
      keys: ['Escape'],
      label: 'shortcutEscape',
      run: () => void (help.open ? help.close() : closePanels() || speech.stop()),
    },
  ];
}

/** Cite and Save, for the article shown; a library article saves from its stored images, with no request. */
function wireCiteAndSave(article: Article, storedImages: Map<string, Blob> | undefined): { refreshCite: () => void } {
  let citeBuilt = false;
  const buildCite = (): void => {
    citeBuilt = true;
    load('cite')
      .then(({ buildCitePanel }) =>
        buildCitePanel($('cite-panel'), article, {
          initialStyle: settings.citationStyle,
          buttonClass: 'tool',
          onStyleChange: (style) => change({ citationStyle: style }),
        }),
      )
      .catch((error: unknown) => console.error('Archive Reader: cite', error));
  };
  $('toggle-cite').addEventListener('click', () => {
    togglePanel('toggle-cite', 'cite-panel');
    if (!citeBuilt && !$('cite-panel').hidden) buildCite();
  });

  const format = $<HTMLSelectElement>('save-format');
  format.value = settings.saveFormat;
  format.addEventListener('change', () => {
    if (SAVE_FORMATS.includes(format.value as SaveFormat)) change({ saveFormat: format.value as SaveFormat });
  });
  $('toggle-save').addEventListener('click', () => togglePanel('toggle-save', 'save-panel'));
  $('save').addEventListener('click', () => {
    load('save')
      .then(({ runSave }) =>
        runSave(
          article,
          format.value as SaveFormat,
          {
            button: $<HTMLButtonElement>('save'),
            status: $('save-status'),
            progress: $<HTMLProgressElement>('save-progress'),
            libraryLink: $('save-open-library'),
          },
          storedImages,
        ),
      )
      .catch((error: unknown) => console.error('Archive Reader: save', error));
  });
  const library = (): void =>
    void openLibrary().catch((error: unknown) => console.error('Archive Reader: library', error));
  $('save-open-library').addEventListener('click', library);
  $('open-library').addEventListener('click', library);
  // A new verification can change the citation (a Wayback copy with the same text is offered as archive-url).
  return { refreshCite: () => void (citeBuilt && buildCite()) };
}

/**
 * Verify: compares the article with the Wayback Machine's nearest capture, asked only on the click (or the popup's
 * Verify). Its code is loaded then (verify.js); it reads the capture with this page's own extraction core.
 */
function wireVerify(
  article: Article,
  body: HTMLElement,
  libraryId: string | null,
  refreshCite: () => void,
): () => void {
  const button = $<HTMLButtonElement>('verify');
  if (!verifyTarget(article)) return () => undefined;
  button.hidden = false;
  showLastCheck($('verify-report'), $('verify-result'), article.verification);
  const start = (): void => {
    const id = new URLSearchParams(location.search).get('id');
    load('verify')
      .then(({ runVerify }) =>
        runVerify(
          article,
          {
            button,
            status: $('verify-status'),
            report: $('verify-report'),
            result: $('verify-result'),
            body,
          },
          {
            extract: (copy) => extractFromCopy(copy, false),
            sessionKey: id ? `archive-reader:${id}` : null,
            libraryId,
            onVerified: refreshCite,
          },
        ),
      )
      .catch((error: unknown) => console.error('Archive Reader: verify', error));
  };
  button.addEventListener('click', start);
  return start;
}

/** A library article with object URLs for its stored images (revoked when the page goes). */
async function fromLibrary(
  id: string,
): Promise<{ article: Article; images: Map<string, Blob>; render: RenderOptions } | null> {
  const library = await Library.open();
  try {
    const entry = await library.get(id);
    if (!entry) return null;
    const localImages = new Map([...entry.images].map(([src, blob]) => [src, URL.createObjectURL(blob)]));
    window.addEventListener('pagehide', () => localImages.forEach((url) => URL.revokeObjectURL(url)));
    return {
      article: entry.record.article,
      images: entry.images,
      render: { localImages, savedAt: entry.record.provenance.savedAt },
    };
  } finally {
    library.close();
  }
}

function showMissing(message: MessageKey = 'readerMissing'): void {
  $('reader-status').textContent = t(message);
  document.title = t('readerMissingTitle');
  document.querySelector('.toolbar')?.setAttribute('hidden', '');
}

/** The tab had no article: what the popup would say, with its reasons. */
function showUnread(result: Extract<Extraction, { ok: false }>): void {
  const text = FAILURE_TEXT[result.failure];
  $('reader-status').textContent = `${t(text.title)}. ${failureDetail(result.failure, result.error)}`;
  const why = document.createElement('div');
  why.className = 'why';
  $('reader-status').after(why);
  fillWhy(why, result.refusal);
  document.title = t(text.title);
  document.querySelector('.toolbar')?.setAttribute('hidden', '');
  document.documentElement.dataset.ready = 'true';
}

/** Reads tab `tabId` and keeps its article under an id of its own, so a reload shows it after the tab is gone. */
async function fromTab(tabId: number): Promise<Article | null> {
  const result = await extractFromTab(tabId);
  if (!result.ok) {
    showUnread(result);
    return null;
  }
  const id = await storeArticle(result.article);
  history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  return result.article;
}

async function main(): Promise<void> {
  localizePage();
  exposeLibraryTestHook();
  settings = await loadSettings();
  wireAppearancePanel(change, current);
  applyAppearance(settings);
  followToolbarHeight();

  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const libraryId = params.get('library');
  const tabId = params.get('tab');
  let article: Article | null = null;
  let storedImages: Map<string, Blob> | undefined;
  let render: RenderOptions = {};
  if (libraryId) {
    const entry = await fromLibrary(libraryId);
    if (!entry) return showMissing('readerLibraryMissing');
    ({ article, render } = entry);
    storedImages = entry.images;
  } else if (id) {
    article = await findArticle(id);
  } else if (tabId && /^\d+$/.test(tabId)) {
    article = await fromTab(Number(tabId));
    if (!article) return;
  }
  if (!article) return showMissing();

  const body = renderArticle($('article'), article, render);
  if (buildToc(body, $<HTMLOListElement>('toc-list'))) $('toggle-toc').hidden = false;
  $('toc').addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) togglePanel('toggle-toc', 'toc', false);
  });
  $('toggle-toc').addEventListener('click', () => togglePanel('toggle-toc', 'toc'));
  $('toggle-appearance').addEventListener('click', () => togglePanel('toggle-appearance', 'appearance'));
  $('print').addEventListener('click', () => window.print());
  wireToolbarMenu($('toolbar-more'), $('toolbar-menu'));
  const { refreshCite } = wireCiteAndSave(article, storedImages);
  const verify = wireVerify(article, body, libraryId, refreshCite);

  $('toggle-highlights').addEventListener('click', () => togglePanel('toggle-highlights', 'highlights-panel'));
  const selection = await wireHighlights(article, body, libraryId, {
    style: () => settings.citationStyle,
    closePanel: () => togglePanel('toggle-highlights', 'highlights-panel', false),
  });

  speech = wireSpeech(body, article);
  const keys = shortcuts(speech, selection);
  fillHelp($('help-keys'), keys);
  $('show-help').addEventListener('click', () => $<HTMLDialogElement>('help').showModal());
  listenForShortcuts(keys);

  // Another reader tab or the options page changed something: follow it.
  onSettingsChanged((next) => {
    if (pendingSaves > 0 || JSON.stringify(next) === JSON.stringify(settings)) return;
    if (next.speechRate !== settings.speechRate) {
      $<HTMLSelectElement>('speech-rate').value = String(next.speechRate);
      speech?.setRate(next.speechRate);
    }
    settings = next;
    applyAppearance(next);
  });
  document.documentElement.dataset.ready = 'true';
  if (params.get('verify') === '1') {
    // Asked for once, by the popup's click: a reload must not ask the Wayback Machine again.
    const rest = new URLSearchParams(location.search);
    rest.delete('verify');
    history.replaceState(null, '', `?${rest.toString()}`);
    verify();
  }
}

main().catch((error: unknown) => {
  console.error('Archive Reader: reader', error);
  showMissing();
});
