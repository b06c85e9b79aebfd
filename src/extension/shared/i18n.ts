import browser from 'webextension-polyfill';
import type messages from '../../../_locales/en/messages.json';

/** A key of `_locales/en/messages.json`; a typo is a type error. */
export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Fills the static text of an extension page from `_locales`:
 * `data-i18n` → text, `data-i18n-label` → aria-label, `data-i18n-title` → title.
 */
export function localizePage(root: ParentNode = document): void {
  const html = document.documentElement;
  html.lang = browser.i18n.getUILanguage();
  html.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]'))
    el.title = t(el.dataset.i18nTitle as MessageKey);
}
