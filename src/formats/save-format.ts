/**
 * The files Save writes, for the extension and the command line alike: one list of formats with each file's
 * extension and media type; their content comes from saved-file.ts. Small on purpose: the popup and the options
 * page load it with the settings, without any formatter.
 */

/** Every file format Save writes (the extension adds its library on top). */
export const SAVE_FORMATS = ['html', 'markdown', 'markdown-zip', 'epub'] as const;

export type SaveFormat = (typeof SAVE_FORMATS)[number];

export function isSaveFormat(value: string): value is SaveFormat {
  return (SAVE_FORMATS as readonly string[]).includes(value);
}

/** A saved file's name extension and media type. */
export const SAVE_FILE_TYPES: Readonly<Record<SaveFormat, { extension: string; mimeType: string }>> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  'markdown-zip': { extension: 'zip', mimeType: 'application/zip' },
  epub: { extension: 'epub', mimeType: 'application/epub+zip' },
};

/** Markdown keeps its images as links to their addresses: it is the one format that needs none fetched. */
export function saveNeedsImages(format: SaveFormat): boolean {
  return format !== 'markdown';
}
