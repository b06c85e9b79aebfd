/**
 * The only requests Verify makes: to web.archive.org, when the user asked, without cookies or a referrer. Each
 * answer is sorted into what a person needs to hear (offline, no capture, the archive did not answer).
 */

/** Why no capture came back. */
export type FetchFailure = 'offline' | 'no-capture' | 'unavailable';

export type Fetched = { ok: true; response: Response } | { ok: false; failure: FetchFailure; status: number | null };

/** A slow archive is not a hang: past this the request is given up and reported like a lost connection. */
const TIMEOUT_MS = 45_000;

export async function fetchFromWayback(url: string): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: controller.signal,
    });
    if (response.status === 404) return { ok: false, failure: 'no-capture', status: 404 };
    if (!response.ok) return { ok: false, failure: 'unavailable', status: response.status };
    return { ok: true, response };
  } catch {
    // fetch rejects only when no answer came at all: offline, DNS, a refused or aborted connection, the timeout.
    return { ok: false, failure: 'offline', status: null };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null when it cannot be read (the connection dropped half-way). */
export async function bodyText(response: Response): Promise<string | null> {
  try {
    return await response.text();
  } catch {
    return null;
  }
}
