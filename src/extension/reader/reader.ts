/**
 * The reader page, `reader.html?id=…`: the stored article, sanitised, in the user's theme and type, with a table
 * of contents, read aloud, print, and a keyboard shortcut for each control.
 */
import type { Article } from '../../article.js';
import { languageTag } from '../../formats/article-parts.js';
import { localizePage, t, type MessageKey } from '../shared/i18n.js';
import { rateLabel, stepOptions } from '../shared/labels.js';
import { loadArticle } from '../shared/reader-store.js';
import {
  loadSettings, normaliseSettings, onSettingsChanged, saveSettings, SPEECH_RATES, stepThrough, type Settings,
} from '../shared/settings.js';
import { appearanceSteps, applyAppearance, wireAppearancePanel } from './appearance.js';
import { renderArticle } from './render.js';
import { fillHelp, listenForShortcuts, type Shortcut } from './shortcuts.js';
import { ReadAloud, readableBlocks, type SpeechState } from './speech.js';
import { buildToc } from './toc.js';

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

function togglePanel(buttonId: string, panelId: string, force?: boolean): void {
  const button = $(buttonId);
  const panel = $(panelId);
  if (button.hidden) return;
  const open = force ?? panel.hidden;
  panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open) panel.querySelector<HTMLElement>('input:checked, a, button, select')?.focus();
}

function closePanels(): boolean {
  let closed = false;
  for (const [button, panel] of [['toggle-appearance', 'appearance'], ['toggle-toc', 'toc']] as const) {
    if (!$(panel).hidden) {
      togglePanel(button, panel, false);
      $(button).focus();
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
};

function wireSpeech(body: HTMLElement, article: Article): ReadAloud {
  const rate = $<HTMLSelectElement>('speech-rate');
  rate.replaceChildren(...stepOptions(SPEECH_RATES, rateLabel));
  rate.value = String(settings.speechRate);
  let highlighted: HTMLElement | null = null;
  const aloud = new ReadAloud(readableBlocks(body), languageTag(article.lang) ?? document.documentElement.lang, settings.speechRate, (state, block) => {
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
  });
  if (aloud.current === 'unavailable') $('speech-controls').hidden = true;
  $('speech-play').addEventListener('click', () => aloud.toggle());
  $('speech-next').addEventListener('click', () => aloud.next());
  $('speech-previous').addEventListener('click', () => aloud.previous());
  rate.addEventListener('change', () => change({ speechRate: Number(rate.value) }));
  window.addEventListener('pagehide', () => aloud.stop());
  return aloud;
}

function shortcuts(speech: ReadAloud): Shortcut[] {
  const help = $<HTMLDialogElement>('help');
  const setRate = (direction: 1 | -1): void => change({ speechRate: stepThrough(SPEECH_RATES, settings.speechRate, direction) });
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
    { keys: ['p', 'k'], label: 'shortcutReadAloud', run: () => speech.toggle() },
    { keys: ['n'], label: 'shortcutNextParagraph', run: () => speech.next() },
    { keys: ['b'], label: 'shortcutPreviousParagraph', run: () => speech.previous() },
    { keys: ['>'], label: 'shortcutFaster', run: () => setRate(1) },
    { keys: ['<'], label: 'shortcutSlower', run: () => setRate(-1) },
    { keys: ['Escape'], label: 'shortcutEscape', run: () => void (help.open ? help.close() : closePanels() || speech.stop()) },
  ];
}

function showMissing(): void {
  $('reader-status').textContent = t('readerMissing');
  document.title = t('readerMissingTitle');
  document.querySelector('.toolbar')?.setAttribute('hidden', '');
}

async function main(): Promise<void> {
  localizePage();
  settings = await loadSettings();
  wireAppearancePanel(change, current);
  applyAppearance(settings);

  const id = new URLSearchParams(location.search).get('id');
  const article = id ? await findArticle(id) : null;
  if (!article) return showMissing();

  const body = renderArticle($('article'), article);
  if (buildToc(body, $<HTMLOListElement>('toc-list'))) $('toggle-toc').hidden = false;
  $('toc').addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) togglePanel('toggle-toc', 'toc', false);
  });
  $('toggle-toc').addEventListener('click', () => togglePanel('toggle-toc', 'toc'));
  $('toggle-appearance').addEventListener('click', () => togglePanel('toggle-appearance', 'appearance'));
  $('print').addEventListener('click', () => window.print());

  speech = wireSpeech(body, article);
  const keys = shortcuts(speech);
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
}

main().catch((error: unknown) => {
  console.error('Archive Reader: reader', error);
  showMissing();
});
