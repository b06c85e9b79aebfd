/**
 * Wraps an ordinary page the way the Wayback Machine serves a capture of it (see docs/wayback.md): the archive's
 * includes first in `<head>`, addresses rewritten to `/web/<timestamp><modifier>/<original>`, the toolbar with its
 * donation banner and capture notice inserted after `<body>` between `BEGIN/END WAYBACK TOOLBAR INSERT` comments,
 * and the "FILE ARCHIVED ON …" and "playback timings" comments after `</html>`. The toolbar markup here is written
 * for these tests after the structure the archive uses; no archive code or markup is copied.
 *
 * Used by the unit tests (test/unit/wayback) and by the bench (bench/wayback.ts), which wraps the corpus originals
 * in memory at run time.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface WaybackifyOptions {
  /** The address the page was captured from (its own links resolve against it). */
  originalUrl: string;
  /** The capture time, 14 digits, UTC (`20170719220303`). */
  timestamp: string;
  /**
   * `current`: the markup served since about 2020 (`/_static/` bundle, `__wm.wombat`, `#wm-ipp-base`).
   * `legacy`: the markup of about 2013–2017 (`/static/js/analytics.js`, `#wm-ipp`, no `#wm-ipp-base`).
   */
  era?: 'current' | 'legacy';
  /**
   * The page as it is in the tab once the replay's scripts ran: the toolbar shown (inline `display: block`),
   * links made absolute, the autocomplete box appended. Default: as served.
   */
  live?: boolean;
}

/** Text of the toolbar and banners this wrapper writes: none of it may reach an article. */
export const TOOLBAR_TEXT = [
  'The Wayback Machine - https://web.archive.org',
  '2,718 captures',
  'About this capture',
  'COLLECTED BY',
  'Organization: Test Crawls',
  'Collection: Test Crawls Collection',
  'TIMESTAMPS',
  'This page was captured by an automated crawler',
  'Wayback Machine logo',
] as const;

const quiet = new VirtualConsole();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** `20170719220303` → `22:03:03 Jul 19, 2017`, the archive's own way of writing a capture time. */
function prettyStamp(ts: string): string {
  const month = MONTHS[Number(ts.slice(4, 6)) - 1] ?? 'Jan';
  return `${ts.slice(8, 10)}:${ts.slice(10, 12)}:${ts.slice(12, 14)} ${month} ${ts.slice(6, 8)}, ${ts.slice(0, 4)}`;
}

/** Which modifier the archive writes for an address, by the element that holds it. */
function modifierFor(el: Element, attr: string): string {
  const tag = el.localName;
  if (attr === 'poster') return 'im_';
  if (tag === 'img' || (tag === 'input' && attr === 'src')) return 'im_';
  if (tag === 'source') return el.parentElement?.localName === 'picture' ? 'im_' : 'oe_';
  if (tag === 'script') return 'js_';
  if (tag === 'iframe') return 'if_';
  if (tag === 'frame') return 'fw_';
  if (tag === 'embed' || tag === 'object') return 'oe_';
  if (tag === 'link') {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    if (/\bstylesheet\b/.test(rel)) return 'cs_';
    if (/\bicon\b/.test(rel)) return 'im_';
  }
  if (attr === 'background') return 'im_';
  return '';
}

/**
 * The rewritten form of one address, or null where the archive leaves it alone: in-page anchors, non-web schemes,
 * and document-relative addresses without `../` (`photo.jpg`), which the browser resolves inside the capture anyway.
 * `absolute` (a live tab, a `<base>`) writes every address in full.
 */
function rewrite(value: string, base: string, ts: string, mod: string, absolute: boolean): string | null {
  const v = value.trim();
  if (!v || v.startsWith('#') || /^(javascript|mailto|tel|data|blob|about):/i.test(v)) return null;
  if (!absolute && !/^(https?:)?\/\//i.test(v) && !v.startsWith('/') && !v.includes('../')) return null;
  let abs: string;
  try {
    abs = new URL(v, base).href;
  } catch {
    return null;
  }
  if (!/^https?:/i.test(abs)) return null;
  // Addresses the page wrote in full stay absolute on the archive's host; relative ones become root-relative.
  const wasAbsolute = /^(https?:)?\/\//i.test(v);
  return `${wasAbsolute || absolute ? 'https://web.archive.org' : ''}/web/${ts}${mod}/${abs}`;
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  base: ['href'],
  form: ['action'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  body: ['background'],
  table: ['background'],
  td: ['background'],
};

const IMAGE_META = /^(og:image(:url|:secure_url)?|twitter:image(:src)?)$/i;
const URL_META = /^(og:url|twitter:url)$/i;

function headIncludes(o: Required<WaybackifyOptions>): string {
  const seconds = Math.floor(
    Date.parse(
      `${o.timestamp.slice(0, 4)}-${o.timestamp.slice(4, 6)}-${o.timestamp.slice(6, 8)}T${o.timestamp.slice(8, 10)}:${o.timestamp.slice(10, 12)}:${o.timestamp.slice(12, 14)}Z`,
    ) / 1000,
  );
  if (o.era === 'legacy') {
    return [
      '<script type="text/javascript" src="/static/js/analytics.js"></script>',
      '<script type="text/javascript">archive_analytics.values.server_name="wwwb-app00.test.archive.org";archive_analytics.values.server_ms=120;</script>',
      '<link type="text/css" rel="stylesheet" href="/static/css/banner-styles.css"/>',
    ].join('\n');
  }
  return [
    '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>',
    `<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app00.test.archive.org';v.server_ms=321;archive_analytics.send_pageview({});});</script>`,
    '<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=t1" charset="utf-8"></script>',
    '<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=t1" charset="utf-8"></script>',
    '<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>',
    '<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>',
    '<script type="text/javascript">',
    '  __wm.init("https://web.archive.org/web");',
    `  __wm.wombat(${JSON.stringify(o.originalUrl)},"${o.timestamp}","https://web.archive.org/","web","https://web-static.archive.org/_static/",`,
    `        "${seconds}");`,
    '</script>',
    '<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=t1" />',
    '<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=t1" />',
    '<!-- End Wayback Rewrite JS Include -->',
  ].join('\n');
}

function toolbar(o: Required<WaybackifyOptions>): string {
  const snap = `https://web.archive.org/web/${o.timestamp}/${o.originalUrl}`;
  const shown = o.live ? 'display: block; direction: ltr; height: 67px;' : 'display:none;direction:ltr;';
  const here = `You are here: ${prettyStamp(o.timestamp)}`;
  const year = Number(o.timestamp.slice(0, 4));
  const month = MONTHS[Number(o.timestamp.slice(4, 6)) - 1] ?? 'Jan';
  const url = escapeAttr(o.originalUrl);
  if (o.era === 'legacy') {
    return [
      '<!-- BEGIN WAYBACK TOOLBAR INSERT -->',
      `<div id="wm-ipp" lang="en" style="${o.live ? 'display:block;' : 'display:none;'}position:relative;padding:0 5px;min-height:70px;">`,
      '<div id="wm-ipp-inside" style="position:fixed;width:97%;">',
      '<table style="width:100%;"><tbody><tr>',
      '<td style="padding:10px;"><a href="/web/" title="Wayback Machine home page"><img src="/static/images/toolbar/wayback-toolbar-logo.png" alt="Wayback Machine logo" width="110" height="39" border="0"></a></td>',
      `<td><form target="_top" method="get" action="/web/form-submit.jsp" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="${url}"><input type="hidden" name="type" value="replay"><input type="hidden" name="date" value="${o.timestamp}"><input type="submit" value="Go"></form></td>`,
      `<td><a href="/web/${o.timestamp}*/${url}" title="See a list of every capture for this URL"><strong>2,718 captures</strong></a><div>${o.timestamp.slice(6, 8)} ${month} ${year - 3} - ${o.timestamp.slice(6, 8)} ${month} ${year + 2}</div></td>`,
      `<td id="displayMonthEl" title="${here}">${month.toUpperCase()}</td><td id="displayDayEl" title="${here}">${o.timestamp.slice(6, 8)}</td><td id="displayYearEl" title="${here}">${year}</td>`,
      '</tr></tbody></table>',
      '</div></div>',
      '<!-- END WAYBACK TOOLBAR INSERT -->',
    ].join('\n');
  }
  return [
    '<!-- BEGIN WAYBACK TOOLBAR INSERT -->',
    '<style type="text/css">body { margin-top:0 !important; padding-top:0 !important; }</style>',
    '<script>__wm.rw(0);</script>',
    `<div id="wm-ipp-base" lang="en" style="${shown}">`,
    '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">',
    '<div id="donato" style="position:relative;width:100%;">',
    '  <div id="donato-base">',
    `    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=${encodeURIComponent(snap)}" scrolling="no" frameborder="0" style="width:100%; height:100%"></iframe>`,
    '  </div>',
    '</div>',
    '<div id="wm-ipp-inside">',
    '  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">',
    '    <div id="wm-logo" style="padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine logo" style="width:100px" border="0"></a></div>',
    '    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">',
    `      <form class="u" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="${url}" style="flex:1;" autocomplete="off"><input type="hidden" name="type" value="replay"><input type="hidden" name="date" value="${o.timestamp}"><input type="submit" value="Go"></form>`,
    '      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">',
    `        <div class="s" id="wm-nav-captures" style="flex:1;"><a class="t" href="/web/${o.timestamp}*/${url}" title="See a list of every capture for this URL">2,718 captures</a><div class="r" title="Timespan for captures of this URL">${o.timestamp.slice(6, 8)} ${month} ${year - 3} - ${o.timestamp.slice(6, 8)} ${month} ${year + 2}</div></div>`,
    `        <div class="k"><a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative"><canvas id="wm-sparkline-canvas" width="700" height="27" border="0"></canvas></div></a></div>`,
    '      </div>',
    '    </div>',
    '    <div class="n"><table><tbody>',
    `      <tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/${year}0101000000/${url}" title="01 ${month} ${year}"><strong>${month}</strong></a></td><td class="c" id="displayMonthEl" title="${here}">${month.toUpperCase()}</td><td class="f" nowrap="nowrap">${month}</td></tr>`,
    `      <tr class="d"><td class="b" nowrap="nowrap"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0"></td><td class="c" id="displayDayEl" title="${here}">${o.timestamp.slice(6, 8)}</td><td class="f" nowrap="nowrap"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0"></td></tr>`,
    `      <tr class="y"><td class="b" nowrap="nowrap">${year - 1}</td><td class="c" id="displayYearEl" title="${here}">${year}</td><td class="f" nowrap="nowrap">${year + 1}</td></tr>`,
    '    </tbody></table></div>',
    '    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">',
    '      <div id="wm-btns" style="text-align:right;height:23px;"><span class="xxs"><div id="wm-save-snapshot-success">success</div><div id="wm-save-snapshot-fail">fail</div></span></div>',
    `      <div id="wm-share" class="xxs"><a id="wm-share-facebook" href="#" data-url="${escapeAttr(snap)}" title="Share on Facebook"><span class="iconochive-facebook"></span></a></div>`,
    '      <div style="padding-right:2px;text-align:right;white-space:nowrap;"><a id="wm-expand" class="wm-btn wm-closed" href="#expand"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span class="xxs" style="font-size:80%;">About this capture</span></a></div>',
    '    </div>',
    '  </div>',
    `  <div id="wm-capinfo" style="border-top:1px solid #777;${o.live ? '' : 'display:none; '}overflow: hidden">`,
    '    <div id="wm-capinfo-notice" source="api">This page was captured by an automated crawler; some of its parts may be missing.</div>',
    '    <div id="wm-capinfo-collected-by">',
    '      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>',
    '      <div style="padding:3px;position:relative" id="wm-collected-by-content">',
    '        <div style="display:inline-block;vertical-align:top;width:50%;">Organization: Test Crawls<div style="max-height:75px;overflow:hidden;position:relative;">A crawl made for these tests, donating its captures to the archive every day after an embargo period.</div></div>',
    '        <div style="display:inline-block;vertical-align:top;width:49%;"><div>Collection: Test Crawls Collection</div></div>',
    '      </div>',
    '    </div>',
    '    <div id="wm-capinfo-timestamps">',
    '      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>',
    '      <div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div></div>',
    '    </div>',
    '  </div>',
    '</div>',
    '</div>',
    '</div>',
    `<div id="wm-ipp-print">The Wayback Machine - ${escapeAttr(snap)}</div>`,
    '<script type="text/javascript">//<![CDATA[',
    `__wm.bt(700,27,25,2,"web",${JSON.stringify(o.originalUrl)},"${o.timestamp}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=t1","https://web-static.archive.org/_static/css/iconochive.css?v=t1"], false);`,
    '  __wm.rw(1);',
    '//]]></script>',
    '<!-- END WAYBACK TOOLBAR INSERT -->',
  ].join('\n');
}

function trailer(o: Required<WaybackifyOptions>): string {
  const retrieved = '20260102030405';
  const archived = [
    '<!--',
    `     FILE ARCHIVED ON ${prettyStamp(o.timestamp)} AND RETRIEVED FROM THE`,
    `     INTERNET ARCHIVE ON ${prettyStamp(retrieved)}.`,
    '     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.',
    '',
    '     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.',
    '     SECTION 108(a)(3)).',
    '-->',
  ].join('\n');
  const timings = [
    '<!--',
    'playback timings (ms):',
    '  captures_list: 0.61',
    '  exclusion.robots: 0.02',
    '  cdx.remote: 40.2',
    '  load_resource: 120.5',
    '-->',
  ].join('\n');
  return `${archived}\n${timings}\n`;
}

/** The page `html`, captured from `originalUrl` at `timestamp`, as the Wayback Machine serves it. */
export function waybackify(html: string, options: WaybackifyOptions): string {
  const o: Required<WaybackifyOptions> = { era: 'current', live: false, ...options };
  const dom = new JSDOM(html, { url: o.originalUrl, virtualConsole: quiet });
  const doc = dom.window.document;
  const base = doc.baseURI;

  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of URL_ATTRS[el.localName] ?? []) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const mod = modifierFor(el, attr);
      if (attr === 'srcset') {
        const parts = value.split(',').map((part) => {
          const [u = '', ...rest] = part.trim().split(/\s+/);
          const r = rewrite(u, base, o.timestamp, 'im_', o.live);
          return [r ?? u, ...rest].join(' ');
        });
        el.setAttribute(attr, parts.join(', '));
        continue;
      }
      // The base itself is rewritten absolute, so the page's relative links still resolve inside the archive.
      const r = rewrite(value, base, o.timestamp, mod, o.live || el.localName === 'base');
      if (r !== null) el.setAttribute(attr, r);
    }
    if (el.localName === 'meta') {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      const content = el.getAttribute('content');
      if (content && (IMAGE_META.test(key) || URL_META.test(key))) {
        const r = rewrite(content, base, o.timestamp, IMAGE_META.test(key) ? 'im_' : '', true);
        if (r !== null) el.setAttribute('content', r);
      }
    }
  }

  doc.head.insertAdjacentHTML('afterbegin', headIncludes(o));
  doc.body.insertAdjacentHTML('afterbegin', toolbar(o));
  if (o.live) {
    doc.documentElement.setAttribute('style', '--wm-toolbar-height: 67px;');
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div class="wb-autocomplete-suggestions " style="left: 0px; top: 0px; width: 0px;"></div>',
    );
  }
  const out = `${dom.serialize()}\n${trailer(o)}`;
  dom.window.close();
  return out;
}

/** The page address of a capture, as the archive writes it. */
export function snapshotAddress(originalUrl: string, timestamp: string, modifier = ''): string {
  return `https://web.archive.org/web/${timestamp}${modifier}/${originalUrl}`;
}

/** `2023-08-19T12:35:43.000Z` → `20230819123543`. */
export function timestampOf(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
