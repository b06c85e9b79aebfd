/** The options page: every default, saved as soon as it changes (the reader's own controls save to the same place). */
import browser from 'webextension-polyfill';
import { styleOptions } from '../shared/citation-styles.js';
import { localizePage, t } from '../shared/i18n.js';
import { openLibrary } from '../shared/open-library.js';
import { heightLabel, rateLabel, sizeLabel, stepOptions, widthLabel } from '../shared/labels.js';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  SPEECH_RATES,
  loadSettings,
  onSettingsChanged,
  saveSettings,
  type Settings,
} from '../shared/settings.js';

const form = document.getElementById('options-form') as HTMLFormElement;

const STEPS: Record<string, { values: readonly number[]; label: (v: number) => string }> = {
  fontSize: { values: FONT_SIZES, label: sizeLabel },
  lineWidth: { values: LINE_WIDTHS, label: widthLabel },
  lineHeight: { values: LINE_HEIGHTS, label: heightLabel },
  speechRate: { values: SPEECH_RATES, label: rateLabel },
};

function fillSteps(): void {
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-steps]')) {
    const steps = STEPS[select.dataset.steps ?? ''];
    if (steps) select.replaceChildren(...stepOptions(steps.values, steps.label));
  }
}

function show(settings: Settings): void {
  for (const [name, value] of Object.entries(settings)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = Boolean(value);
    else if (field instanceof HTMLSelectElement) field.value = String(value);
  }
}

function read(target: HTMLInputElement | HTMLSelectElement): Partial<Settings> {
  if (target instanceof HTMLInputElement && target.type === 'checkbox') return { [target.name]: target.checked };
  const numeric = target.name in STEPS;
  return { [target.name]: numeric ? Number(target.value) : target.value };
}

/** Firefox opens its shortcut editor itself (137+); Chrome and Edge have a page for it. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

async function describeShortcut(): Promise<void> {
  const commands = await browser.commands.getAll();
  const shortcut = commands.find((command) => command.name === 'open-reader')?.shortcut;
  document.getElementById('shortcut-hint')!.textContent = shortcut
    ? t('optionsShortcutIs', shortcut)
    : t('optionsShortcutUnset');
}

async function main(): Promise<void> {
  localizePage();
  fillSteps();
  document.getElementById('citation-style')?.replaceChildren(...styleOptions());
  show(await loadSettings());
  const saved = document.getElementById('saved')!;
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    void saveSettings(read(target)).then(() => (saved.textContent = t('optionsSaved')));
  });
  document.getElementById('reset')?.addEventListener('click', () => {
    void saveSettings({ ...DEFAULT_SETTINGS }).then((settings) => {
      show(settings);
      saved.textContent = t('optionsRestored');
    });
  });
  onSettingsChanged(show);
  document.getElementById('change-shortcut')?.addEventListener('click', () => void openShortcutSettings());
  document.getElementById('open-library')?.addEventListener('click', () => void openLibrary());
  await describeShortcut();
}

main().catch((error: unknown) => console.error('Archive Reader: options', error));
