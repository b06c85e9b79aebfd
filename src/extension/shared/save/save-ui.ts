/**
 * What a person sees while saving, the same in the popup and the reader: progress while images are fetched
 * ("Fetching images 3/7…"), then where the copy went, or why it could not be saved.
 */
import type { Article } from '../../../article.js';
import { t } from '../i18n.js';
import { describeLibraryError, LibraryError } from '../library/errors.js';
import type { SaveFormat } from '../settings.js';
import { DownloadError } from './download.js';
import { saveArticle, type SaveOutcome, type SaveProgress } from './perform.js';

export interface SaveControls {
  button: HTMLButtonElement;
  status: HTMLElement;
  progress: HTMLProgressElement;
  /** Shown after a save to the library. */
  libraryLink?: HTMLElement | null;
}

function describeProgress(progress: SaveProgress): string {
  switch (progress.phase) {
    case 'images':
      return t('saveFetchingImages', [String(progress.done), String(progress.total)]);
    case 'packaging':
      return t('savePreparing');
    case 'storing':
      return t('saveStoring');
    case 'downloading':
      return t('saveWriting');
  }
}

function describeOutcome(outcome: SaveOutcome): string {
  const missing = outcome.imagesMissing;
  if (outcome.fileName === null) {
    return missing
      ? t('saveDoneLibraryImagesMissing', [String(missing), String(outcome.imagesTotal)])
      : t('saveDoneLibrary');
  }
  return missing
    ? t('saveDoneImagesMissing', [outcome.fileName, String(missing), String(outcome.imagesTotal)])
    : t('saveDone', outcome.fileName);
}

function describeSaveError(error: unknown): string {
  if (error instanceof LibraryError) return describeLibraryError(error, (key, detail) => t(key, detail));
  if (error instanceof DownloadError) return t('saveFailed', t('saveDownloadFailed', error.message));
  return t('saveFailed', error instanceof Error ? error.message : String(error));
}

/**
 * The article whose library save was refused because the library holds another text for its snapshot: pressing Save
 * again for the same article is the user's "replace it".
 */
let refusedText: string | null = null;

/** Runs one save with its progress and result shown in `controls`. */
export async function runSave(
  article: Article,
  format: SaveFormat,
  controls: SaveControls,
  storedImages?: Map<string, Blob>,
): Promise<SaveOutcome | null> {
  const replace = format === 'library' && refusedText === article.text;
  refusedText = null;
  const { button, status, progress } = controls;
  const root = document.documentElement;
  button.disabled = true;
  status.classList.remove('is-error');
  if (controls.libraryLink) controls.libraryLink.hidden = true;
  root.dataset.saveState = 'running';
  status.textContent = t('savePreparing');
  try {
    const outcome = await saveArticle(article, format, {
      storedImages,
      replace,
      onProgress: (step) => {
        status.textContent = describeProgress(step);
        if (step.phase === 'images') {
          progress.hidden = step.total === 0;
          progress.max = Math.max(1, step.total);
          progress.value = step.done;
        } else {
          progress.hidden = true;
        }
      },
    });
    status.textContent = describeOutcome(outcome);
    if (outcome.libraryId && controls.libraryLink) controls.libraryLink.hidden = false;
    // For the browser tests: what was saved, and the extension's own work in ms.
    root.dataset.saveWorkMs = outcome.workMs.toFixed(1);
    root.dataset.savedFile = outcome.fileName ?? '';
    root.dataset.saveState = 'done';
    return outcome;
  } catch (error) {
    console.error('Archive Reader: save', error);
    if (error instanceof LibraryError && error.kind === 'text-differs') refusedText = article.text;
    status.textContent = describeSaveError(error);
    status.classList.add('is-error');
    root.dataset.saveState = 'failed';
    return null;
  } finally {
    progress.hidden = true;
    button.disabled = false;
  }
}
