import {
  FONT_SIZES, LINE_HEIGHTS, LINE_WIDTHS, THEMES, FONTS, cycle, stepThrough, type Settings,
} from '../shared/settings.js';
import { t, type MessageKey } from '../shared/i18n.js';

/** Maps the settings onto the custom properties and `data-theme` that `article.css` reads. */
export function applyAppearance(settings: Settings): void {
  const root = document.documentElement;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--ar-font', settings.font === 'sans' ? 'var(--ar-sans)' : 'var(--ar-serif)');
  root.style.setProperty('--ar-size', `${settings.fontSize}px`);
  root.style.setProperty('--ar-measure', `${settings.lineWidth}rem`);
  root.style.setProperty('--ar-leading', String(settings.lineHeight));
  syncControls(settings);
}

const WIDTH_LABELS: Record<number, MessageKey> = {
  30: 'widthNarrowest', 34: 'widthNarrow', 38: 'widthMedium', 44: 'widthWide', 52: 'widthWidest',
};
const HEIGHT_LABELS: Record<number, MessageKey> = {
  1.4: 'heightCompact', 1.6: 'heightNormal', 1.8: 'heightRelaxed', 2: 'heightLoose',
};

function fillSelect(select: HTMLSelectElement, values: readonly number[], label: (v: number) => string): void {
  select.replaceChildren(
    ...values.map((value) => {
      const option = document.createElement('option');
      option.value = String(value);
      option.textContent = label(value);
      return option;
    }),
  );
}

function input(selector: string): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(selector);
}

function syncControls(settings: Settings): void {
  const theme = input(`input[name="theme"][value="${settings.theme}"]`);
  if (theme) theme.checked = true;
  const font = input(`input[name="font"][value="${settings.font}"]`);
  if (font) font.checked = true;
  const size = document.getElementById('size-value');
  if (size) size.textContent = `${settings.fontSize}px`;
  (document.getElementById('line-width') as HTMLSelectElement).value = String(settings.lineWidth);
  (document.getElementById('line-height') as HTMLSelectElement).value = String(settings.lineHeight);
}

/** The changes the keyboard and the buttons make, computed from the settings in force. */
export const appearanceSteps = {
  nextTheme: (s: Settings): Partial<Settings> => ({ theme: cycle(THEMES, s.theme) }),
  nextFont: (s: Settings): Partial<Settings> => ({ font: cycle(FONTS, s.font) }),
  larger: (s: Settings): Partial<Settings> => ({ fontSize: stepThrough(FONT_SIZES, s.fontSize, 1) }),
  smaller: (s: Settings): Partial<Settings> => ({ fontSize: stepThrough(FONT_SIZES, s.fontSize, -1) }),
  wider: (s: Settings): Partial<Settings> => ({ lineWidth: stepThrough(LINE_WIDTHS, s.lineWidth, 1) }),
  narrower: (s: Settings): Partial<Settings> => ({ lineWidth: stepThrough(LINE_WIDTHS, s.lineWidth, -1) }),
  nextLineHeight: (s: Settings): Partial<Settings> => ({ lineHeight: cycle(LINE_HEIGHTS, s.lineHeight) }),
};

/** `change` applies a setting at once and remembers it (see reader.ts). */
export function wireAppearancePanel(change: (partial: Partial<Settings>) => void, current: () => Settings): void {
  fillSelect(document.getElementById('line-width') as HTMLSelectElement, LINE_WIDTHS, (v) => t(WIDTH_LABELS[v] ?? 'widthMedium'));
  fillSelect(document.getElementById('line-height') as HTMLSelectElement, LINE_HEIGHTS, (v) => t(HEIGHT_LABELS[v] ?? 'heightNormal'));
  const panel = document.getElementById('appearance') as HTMLElement;
  panel.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'theme') change({ theme: target.value as Settings['theme'] });
    else if (target.name === 'font') change({ font: target.value as Settings['font'] });
    else if (target.id === 'line-width') change({ lineWidth: Number(target.value) });
    else if (target.id === 'line-height') change({ lineHeight: Number(target.value) });
  });
  document.getElementById('size-up')?.addEventListener('click', () => change(appearanceSteps.larger(current())));
  document.getElementById('size-down')?.addEventListener('click', () => change(appearanceSteps.smaller(current())));
}
