/** What can go wrong in the library, sorted into the few cases a person can act on. */

export type LibraryErrorKind =
  /** The browser refused the write for lack of space. Nothing was written. */
  | 'quota'
  /** IndexedDB is not available here (a private window in some browsers, or storage disabled). */
  | 'unavailable'
  /** An import file that is not a library export, or from a newer version. */
  | 'invalid-file'
  | 'newer-file'
  /** The library holds this snapshot with another text; saving again replaces it only when the user says so. */
  | 'text-differs'
  /** Anything else; the write was rolled back. */
  | 'failed';

export class LibraryError extends Error {
  override readonly name = 'LibraryError';

  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function field(error: unknown, key: 'name' | 'message' | 'code'): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

/**
 * True for every way browsers report a full quota: the standard `QuotaExceededError` (DOMException code 22),
 * Firefox's `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) and `NS_ERROR_FILE_NO_DEVICE_SPACE`, and Chrome's
 * `UnknownError`s whose message speaks of a full disk or quota.
 */
export function isQuotaError(error: unknown): boolean {
  const name = String(field(error, 'name') ?? '');
  const code = field(error, 'code');
  const message = String(field(error, 'message') ?? '');
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    name === 'NS_ERROR_FILE_NO_DEVICE_SPACE'
  )
    return true;
  if (code === 22 || code === 1014) return true;
  return /quota|disk (?:is )?full|no (?:space|device space)|not enough (?:space|storage)/i.test(message);
}

/** Any error from a write, as a LibraryError (quota errors recognised). */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const detail = String(field(error, 'message') || field(error, 'name') || error || 'unknown error');
  if (isQuotaError(error)) return new LibraryError('quota', detail, { cause: error });
  return new LibraryError('failed', detail, { cause: error });
}

/** Message keys in `_locales` for each kind; `$1` is the browser's own detail. */
export const LIBRARY_ERROR_MESSAGES = {
  quota: 'libraryErrorQuota',
  unavailable: 'libraryErrorUnavailable',
  'invalid-file': 'libraryErrorInvalidFile',
  'newer-file': 'libraryErrorNewerFile',
  'text-differs': 'libraryErrorTextDiffers',
  failed: 'libraryErrorFailed',
} as const satisfies Record<LibraryErrorKind, string>;

/** The sentence a person reads, given the translation function of the page (or of a test). */
export function describeLibraryError(
  error: unknown,
  translate: (key: (typeof LIBRARY_ERROR_MESSAGES)[LibraryErrorKind], detail: string) => string,
): string {
  const libraryError = toLibraryError(error);
  return translate(LIBRARY_ERROR_MESSAGES[libraryError.kind], libraryError.message);
}
