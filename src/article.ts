/**
 * The one shape every part of Archive Reader exchanges: the core produces it, the formats render it,
 * the extension stores and shows it. Plain JSON (no Dates, no DOM), so it crosses message ports,
 * storage and the CLI unchanged.
 */

/** Which archive served the page the article was read from. */
export type ArchiveService = 'archive.today' | 'wayback' | 'none';

/** A person, split the way citation styles need it (CSL's `given`/`family`). */
export interface PersonName {
  given: string;
  family: string;
}

/** An organisation or any name that must never be split ("Reuters", "The Editorial Board"). */
export interface LiteralName {
  literal: string;
}

export type Author = PersonName | LiteralName;

export interface LeadImage {
  /** Absolute URL of the image as the page serves it (on an archive, the archived copy). */
  url: string;
  caption: string | null;
}

/** Where the article was read: the original address and, for archived copies, the snapshot's. */
export interface ArticleSource {
  service: ArchiveService;
  /** The article's own address (never an archive URL). */
  originalUrl: string | null;
  /** The long, timestamped snapshot address (`https://archive.ph/20170719220303/<original>`). */
  archiveUrl: string | null;
  /** The short snapshot address (`https://archive.ph/qF3xK`), when the service has one. */
  archiveShortUrl: string | null;
  /** Capture time as an ISO 8601 UTC timestamp (`2017-07-19T22:03:03Z`). Never a publication date. */
  archivedAt: string | null;
}

/**
 * The last check of this article's text against another archive's capture of the same original (Verify):
 * what was compared and what came out, enough to cite the other copy or show the check in a saved file.
 */
export interface Verification {
  verdict: 'identical' | 'differs' | 'unrelated';
  /** Share of words in common, in order (0–1). */
  similarity: number;
  /** Number of passages that differ. */
  changes: number;
  /** When the check ran (ISO 8601 UTC). */
  checkedAt: string;
  /** SHA-256 (hex) of this article's `text` as it was compared. */
  textSha256: string;
  /** The copy it was compared with. */
  other: {
    service: ArchiveService;
    /** The other copy's address (for the Wayback Machine, the capture's `/web/<timestamp>/<original>` address). */
    url: string;
    archivedAt: string | null;
    textSha256: string;
  };
}

/**
 * A passage the reader marked. Only its words are kept: where it is in the article is found again from them, so
 * a highlight survives the article being rendered anew, saved, exported and imported.
 */
export interface Highlight {
  /** The passage as the article's text has it (whitespace aside). */
  text: string;
  /** Which occurrence of those words in the article's text is meant (0 = the first). */
  occurrence: number;
  /** When it was made (ISO 8601 UTC). */
  createdAt: string;
}

export interface Article {
  title: string;
  authors: Author[];
  /** The byline as printed on the page ("By Philip Rucker and Karen DeYoung"). */
  byline: string | null;
  /** `YYYY-MM-DD`, or a full ISO datetime with offset when the time is known; null when unknown. */
  published: string | null;
  siteName: string | null;
  /** BCP 47 language tag ("en", "fr", "pt-BR"). */
  lang: string | null;
  section: string | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  /** The cleaned article body as HTML. Untrusted: sanitise before showing it anywhere. */
  contentHtml: string;
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  source: ArticleSource;
  /** Set by Verify, never by extraction; absent on articles saved before it existed. */
  verification?: Verification | null;
  /** The reader's highlights, in the order of the text; absent when there are none. */
  highlights?: Highlight[];
}

export function isLiteralName(author: Author): author is LiteralName {
  return 'literal' in author;
}

/** "Philip Rucker" / "Reuters": the name as it would be printed in running text. */
export function displayName(author: Author): string {
  return isLiteralName(author) ? author.literal : [author.given, author.family].filter(Boolean).join(' ');
}
