/**
 * Verify: finds the Wayback Machine's capture of the article's original nearest this copy, reads it with the same
 * core, and compares the two readings (src/core/compare, through src/formats/verification.ts).
 */
import type { Article } from '../../article.js';
import { verificationReport, type VerificationReport } from '../../formats/verification.js';
import type { Extraction } from '../messages.js';
import type { PageCopy } from '../shared/page-copy.js';
import { bodyText, fetchFromWayback, type FetchFailure } from './fetch-capture.js';
import {
  captureAt,
  cdxQueryUrl,
  nearestOtherCapture,
  rawCaptureUrl,
  verifyTarget,
  type CaptureAddress,
} from './wayback-lookup.js';

/** Why there is no comparison. */
type VerifyFailure = FetchFailure | 'no-other-capture' | 'no-article';

export type VerifyOutcome =
  | { ok: true; report: VerificationReport; capture: CaptureAddress }
  | { ok: false; failure: VerifyFailure; status: number | null; capture: CaptureAddress | null };

/**
 * Reads a fetched page into an Article. The reader hands in its own extraction (the core it already carries), so
 * this lazily loaded script does not bring a second copy of the core.
 */
export type Extract = (copy: PageCopy) => Promise<Extraction>;

const failed = (
  failure: VerifyFailure,
  status: number | null = null,
  capture: CaptureAddress | null = null,
): VerifyOutcome => ({ ok: false, failure, status, capture });

/** On a Wayback capture, the nearest other capture of the same original (its CDX list), else null. */
async function otherWaybackTime(original: string, timestamp: string): Promise<{ timestamp: string } | VerifyOutcome> {
  const listed = await fetchFromWayback(cdxQueryUrl(original, timestamp));
  if (!listed.ok) return failed(listed.failure === 'no-capture' ? 'no-other-capture' : listed.failure, listed.status);
  const text = await bodyText(listed.response);
  if (text === null) return failed('offline');
  let answer: unknown;
  try {
    answer = text.trim() ? JSON.parse(text) : [];
  } catch {
    return failed('unavailable', listed.response.status);
  }
  const other = nearestOtherCapture(answer, timestamp);
  return other ? { timestamp: other } : failed('no-other-capture');
}

export async function verifyArticle(article: Article, extract: Extract): Promise<VerifyOutcome> {
  const target = verifyTarget(article);
  if (!target) return failed('no-capture');
  let timestamp = target.timestamp;
  if (article.source.service === 'wayback') {
    const other = await otherWaybackTime(target.original, target.timestamp);
    if ('ok' in other) return other;
    timestamp = other.timestamp;
  }
  const fetched = await fetchFromWayback(rawCaptureUrl(timestamp, target.original));
  if (!fetched.ok) return failed(fetched.failure, fetched.status);
  // The redirect the Wayback Machine answered with names the capture it holds nearest the time asked for.
  const capture = captureAt(fetched.response.url);
  if (!capture) return failed('no-capture', fetched.response.status);
  const html = await bodyText(fetched.response);
  if (html === null) return failed('offline', null, capture);
  const read = await extract({ html, url: fetched.response.url });
  if (!read.ok) return failed('no-article', null, capture);
  return { ok: true, report: await verificationReport(article, read.article), capture };
}
