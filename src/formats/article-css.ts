/**
 * The reader's article styles, in one place: inlined into saved HTML files and reusable by the extension's
 * reader page. Everything the reader's controls change is a custom property on `:root` (`--ar-font`,
 * `--ar-size`, `--ar-measure`, `--ar-leading` and the colours), and `data-theme="light|sepia|dark"` on the
 * root element overrides the system's colour scheme. No `url()` anywhere: a saved file must never load.
 */
export const ARTICLE_CSS = `
:root {
  color-scheme: light dark;
  --ar-bg: #fdfdfb;
  --ar-fg: #1d1d1f;
  --ar-muted: #5f6368;
  --ar-link: #1a5fb4;
  --ar-rule: #d8d8d3;
  --ar-code-bg: #f1f1ec;
  --ar-serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  --ar-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --ar-mono: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --ar-font: var(--ar-serif);
  --ar-size: 1.15rem;
  --ar-measure: 38rem;
  --ar-leading: 1.6;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ar-bg: #1b1b1d;
    --ar-fg: #e6e4df;
    --ar-muted: #a4a29c;
    --ar-link: #8ab4f8;
    --ar-rule: #3a3a3d;
    --ar-code-bg: #26262a;
  }
}
:root[data-theme="light"] {
  color-scheme: light;
  --ar-bg: #fdfdfb; --ar-fg: #1d1d1f; --ar-muted: #5f6368; --ar-link: #1a5fb4; --ar-rule: #d8d8d3; --ar-code-bg: #f1f1ec;
}
:root[data-theme="sepia"] {
  color-scheme: light;
  --ar-bg: #f4ecd8; --ar-fg: #3b2f20; --ar-muted: #6f604b; --ar-link: #7a4a12; --ar-rule: #d9cbaa; --ar-code-bg: #ebe0c6;
}
:root[data-theme="dark"] {
  color-scheme: dark;
  --ar-bg: #1b1b1d; --ar-fg: #e6e4df; --ar-muted: #a4a29c; --ar-link: #8ab4f8; --ar-rule: #3a3a3d; --ar-code-bg: #26262a;
}
html { background: var(--ar-bg); color: var(--ar-fg); -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: var(--ar-font); font-size: var(--ar-size); line-height: var(--ar-leading); }
.ar-page { max-width: var(--ar-measure); margin: 0 auto; padding: 2.5rem 1.25rem 4rem; overflow-wrap: break-word; }
.ar-header { margin-bottom: 2rem; }
.ar-site { margin: 0 0 .5rem; font-family: var(--ar-sans); font-size: .85em; letter-spacing: .04em; text-transform: uppercase; color: var(--ar-muted); }
.ar-title { margin: 0 0 .75rem; font-size: 2em; line-height: 1.2; }
.ar-meta { margin: 0; font-family: var(--ar-sans); font-size: .9em; color: var(--ar-muted); }
.ar-body h1, .ar-body h2, .ar-body h3, .ar-body h4, .ar-body h5, .ar-body h6 { line-height: 1.25; margin: 2rem 0 .75rem; }
.ar-body h1 { font-size: 1.6em; } .ar-body h2 { font-size: 1.35em; } .ar-body h3 { font-size: 1.15em; }
.ar-body h4, .ar-body h5, .ar-body h6 { font-size: 1em; }
p, ul, ol, dl, blockquote, figure, pre, table, details { margin: 0 0 1.1em; }
a { color: var(--ar-link); text-underline-offset: .15em; }
img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure { margin-inline: 0; }
figcaption, .ar-body caption { margin-top: .5rem; text-align: start; font-family: var(--ar-sans); font-size: .85em; color: var(--ar-muted); }
blockquote { margin-inline: 0; padding-inline-start: 1.1em; border-inline-start: 3px solid var(--ar-rule); color: var(--ar-muted); }
hr { border: 0; border-top: 1px solid var(--ar-rule); margin: 2rem 0; }
code, pre { font-family: var(--ar-mono); font-size: .88em; background: var(--ar-code-bg); border-radius: 3px; }
code { padding: .1em .3em; }
pre { padding: .8em 1em; overflow-x: auto; line-height: 1.45; }
pre code { padding: 0; background: none; font-size: 1em; }
table { border-collapse: collapse; width: 100%; display: block; overflow-x: auto; font-size: .9em; }
th, td { border: 1px solid var(--ar-rule); padding: .35em .6em; text-align: start; vertical-align: top; }
mark { background: #fff3a3; color: #1d1d1f; }
.ar-missing-image {
  display: block; margin: 0 0 .5rem; padding: 1.5rem 1rem; border: 2px dashed var(--ar-rule); border-radius: 4px; text-align: center;
  font-family: var(--ar-sans); font-size: .85em; color: var(--ar-muted);
}
.ar-missing-image-label { display: block; font-weight: 600; }
.ar-missing-image-url { display: block; margin-top: .35rem; word-break: break-all; }
.ar-source { font-family: var(--ar-sans); font-size: .85em; color: var(--ar-muted); }
.ar-provenance {
  margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--ar-rule); font-family: var(--ar-sans); font-size: .8em; color: var(--ar-muted);
}
.ar-provenance h2 { font-size: 1em; margin: 0 0 .75rem; }
.ar-provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
.ar-provenance dt { font-weight: 600; }
.ar-provenance dd { margin: 0; word-break: break-all; }
@media print {
  :root, :root[data-theme] { --ar-bg: #fff; --ar-fg: #000; --ar-muted: #333; --ar-link: #000; --ar-rule: #999; --ar-code-bg: #f3f3f3; color-scheme: light; }
  body { font-size: 11pt; }
  .ar-page { max-width: none; padding: 0; }
  img, figure, pre, blockquote, table, .ar-missing-image { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  .ar-provenance { break-inside: avoid; }
  @page { margin: 2cm; }
}
`;
