/**
 * The library's stored format. Two object stores in one IndexedDB database:
 *
 *   articles  key `id`               LibraryRecord: the clean article, its provenance, its size
 *   images    key [articleId, src]   StoredImage: one image of one article, as a Blob, under its original `src`
 *              index `byArticle` on articleId
 *
 * `DB_VERSION` is IndexedDB's version of the layout; every record also carries `schema`, the version of its
 * own shape, so a record can be told apart wherever it travels (an export file, a migration). Version 1 kept
 * the images inside the article record (see `migrations.ts`).
 */
import type { Article, ArticleSource } from '../../../article.js';

export const DB_NAME = 'archive-reader-library';
export const DB_VERSION = 2;
export const RECORD_SCHEMA = 2;
export const ARTICLES = 'articles';
export const IMAGES = 'images';
export const BY_ARTICLE = 'byArticle';

/** Where the saved copy came from and when it was made: the same facts the saved files' provenance block shows. */
export interface Provenance {
  source: ArticleSource;
  /** ISO 8601 UTC, to the second. */
  savedAt: string;
  extensionVersion: string;
  /** SHA-256 (hex) of `article.text`. */
  textSha256: string;
}

export interface LibraryRecord {
  schema: typeof RECORD_SCHEMA;
  id: string;
  /** The article with its body already sanitised (`sanitizeArticleHtml`); shown only through the sanitiser again. */
  article: Article;
  provenance: Provenance;
  /** Bytes: the article as JSON (UTF-8) plus every stored image. */
  size: number;
  imageCount: number;
}

export interface StoredImage {
  articleId: string;
  /** The image's original address, as the article's `<img src>` has it. */
  src: string;
  blob: Blob;
}

/** What a save hands to the library. */
export interface NewLibraryEntry {
  article: Article;
  /** Original `src` → image; images that could not be fetched are simply absent. */
  images: Map<string, Blob>;
  savedAt: string;
  extensionVersion: string;
  textSha256: string;
}

/** A record with its images, as the reader and the export need it. */
export interface LibraryEntry {
  record: LibraryRecord;
  images: Map<string, Blob>;
}
