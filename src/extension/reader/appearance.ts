import {
  FONT_SIZES,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  THEMES,
  FONTS,
  cycle,
  stepThrough,
  type Settings,
} from '../shared/settings.js';
import { heightLabel, sizeLabel, stepOptions, widthLabel } from '../shared/labels.js';

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

function input(selector: string): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(selector);
}

function syncControls(settings: Settings): void {
  const theme = input(`input[name="theme"][value="${settings.theme}"]`);
  if (theme) theme.checked = true;
  const font = input(`input[name="font"][value="${settings.font}"]`);
  if (font) font.checked = true;
  const size = document.getElementById('size-value');
  if (size) size.textContent = sizeLabel(settings.fontSize);
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
  (document.getElementById('line-width') as HTMLSelectElement).replaceChildren(...stepOptions(LINE_WIDTHS, widthLabel));
  (document.getElementById('line-height') as HTMLSelectElement).replaceChildren(
    ...stepOptions(LINE_HEIGHTS, heightLabel),
  );
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
