/** Typed senders for the messages of `messages.ts`, through webextension-polyfill. */
import browser from 'webextension-polyfill';
import type {
  BackgroundRequest,
  BackgroundResponse,
  ContentRequest,
  ContentResponse,
  OpenReaderRequest,
  OpenReaderResponse,
  PublisherRequest,
  PublisherResponse,
} from './messages.js';

export async function sendToTab(tabId: number, request: ContentRequest): Promise<ContentResponse> {
  return (await browser.tabs.sendMessage(tabId, request)) as ContentResponse;
}

export async function sendToBackground(request: OpenReaderRequest): Promise<OpenReaderResponse>;
export async function sendToBackground(request: PublisherRequest): Promise<PublisherResponse>;
export async function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponse;
}
