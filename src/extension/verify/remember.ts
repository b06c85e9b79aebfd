/**
 * Where a verification is kept once made: on the reader's article (so Copy, Cite and Save use it), in the tab's
 * own copy of the article (so a reload still has it), and with the article in the library, when it is there.
 */
import type { Article, Verification } from '../../article.js';
import { Library, libraryId } from '../shared/library/store.js';

export async function rememberVerification(
  article: Article,
  verification: Verification,
  sessionKey: string | null,
  storedId: string | null,
): Promise<void> {
  article.verification = verification;
  if (sessionKey) {
    try {
      if (sessionStorage.getItem(sessionKey)) sessionStorage.setItem(sessionKey, JSON.stringify(article));
    } catch {
      // storage disabled or full: the check stays on the page until it is closed
    }
  }
  const library = await Library.open();
  try {
    await library.setVerification(storedId ?? libraryId(article, verification.textSha256), verification);
  } finally {
    library.close();
  }
}
