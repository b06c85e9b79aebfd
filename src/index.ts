/** Archive Reader's library entry: the article a page holds, with its real metadata. */
export { extractArticle, extractWithReport, DEFAULT_MAX_ELEMENTS } from './core/extract.js';
export type { ExtractOptions, ExtractReport, ExtractFailure } from './core/extract.js';
export type { Article, Author, PersonName, LiteralName, LeadImage, ArticleSource, ArchiveService } from './article.js';
