import { displayNumber } from './display.js';
import { t, type MessageKey } from './i18n.js';

/** How each stepped setting is named wherever it is offered (reader panel, options page). */
const WIDTH_LABELS: Record<number, MessageKey> = {
  30: 'widthNarrowest',
  34: 'widthNarrow',
  38: 'widthMedium',
  44: 'widthWide',
  52: 'widthWidest',
};
const HEIGHT_LABELS: Record<number, MessageKey> = {
  1.4: 'heightCompact',
  1.6: 'heightNormal',
  1.8: 'heightRelaxed',
  2: 'heightLoose',
};

export const widthLabel = (rem: number): string => t(WIDTH_LABELS[rem] ?? 'widthMedium');
export const heightLabel = (factor: number): string => t(HEIGHT_LABELS[factor] ?? 'heightNormal');
export const sizeLabel = (px: number): string => `${px}px`;
export const rateLabel = (rate: number): string => t('readerSpeedValue', displayNumber(rate));

/** `<option>`s for a stepped setting. */
export function stepOptions(values: readonly number[], label: (value: number) => string): HTMLOptionElement[] {
  return values.map((value) => {
    const option = document.createElement('option');
    option.value = String(value);
    option.textContent = label(value);
    return option;
  });
}
