/** Typed senders for the messages of `messages.ts`, through webextension-polyfill. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponse } from './messages.js';

export async function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponse;
}
