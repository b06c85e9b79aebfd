import type { StoryText } from './articles.js';

/**
 * The archive.today page around a captured article, as archive.ph serves it (docs: archive-today anatomy §2–§4):
 * the archive's own `<head>`, the `#HEADER` table ("Saved from", capture `<time>`, share box with `#SHARE_*`), then
 * `#CONTENT > div.html1 > div.html > div.body` with the captured page, the `0%…100%` strip and the archive's
 * scripts. Every piece a hostile case wants to lie about can be replaced; attribute values are written verbatim
 * between double quotes, so a case that wants a quote inside writes `&quot;`.
 */
export interface ShellOptions {
  id: string;
  mirror: string;
  imageHost: string;
  story: StoryText;
  /** Capture time, `YYYY-MM-DDThh:mm:ssZ`. */
  captured: string;
  /** og:site_name (the mirror's name on a real page). */
  siteName?: string;
  /** `article:published_time` (the capture time on a real page). */
  publishedMeta?: string;
  /** `<title>` and og:title (the original title on a real page). */
  title?: string;
  /** `link rel=bookmark` href; null leaves the link out. */
  bookmark?: string | null;
  /** Extra markup at the end of `<head>`. */
  headExtra?: string;
  /** Value of the "Saved from" `<input name="q">`. */
  savedFrom?: string;
  /** Value of the hidden `<input name="t">` (capture time in ms). */
  captureMs?: string;
  /** `datetime` of the header's `<time itemprop="pubdate">` and its text. */
  timeDatetime?: string;
  timeText?: string;
  /** `#SHARE_LONGLINK` value; null leaves the input out. */
  longLink?: string | null;
  /** Original metas the archive keeps inside `div.html`, before `div.body`. */
  htmlMeta?: string;
  /** The captured page (inside `div.body`). */
  body: string;
}

const STYLE_CELL = 'text-align:right;padding:3px 3px 0 3px;white-space:nowrap;vertical-align:top';

/** `2024-02-12T08:00:00Z` → `12 Feb 2024 08:00:00` (archive.today's header format, no leading zero on the day). */
export function archiveHuman(iso: string): string {
  const d = new Date(iso);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `2024-02-12T08:00:00Z` → `20240212080000`, and the dotted share-box form `2024.02.12-080000`. */
export function archiveStamps(iso: string): { compact: string; dotted: string } {
  const compact = iso.replace(/[-:TZ]/g, '').slice(0, 14);
  return {
    compact,
    dotted: `${compact.slice(0, 4)}.${compact.slice(4, 6)}.${compact.slice(6, 8)}-${compact.slice(8)}`,
  };
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function snapshotPage(o: ShellOptions): string {
  const { id, mirror, imageHost, story, captured } = o;
  const stamps = archiveStamps(captured);
  const human = archiveHuman(captured);
  const title = o.title ?? escapeAttribute(story.title);
  const originalHost = new URL(story.original).hostname;
  const shot = `https://${imageHost}/${id}/5d41402abc4b2a76b9719d911017c592ae1f1c3b/scr.png`;
  const bookmark = o.bookmark === undefined ? `http://archive.today/${stamps.compact}/${story.original}` : o.bookmark;
  const longLink = o.longLink === undefined ? `http://archive.today/${stamps.dotted}/${story.original}` : o.longLink;
  const head = [
    '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
    '<meta name="robots" content="index,noarchive"/>',
    '<meta property="twitter:card" content="summary"/><meta property="twitter:site" content="@archiveis"/>',
    `<meta property="og:type" content="article"/><meta property="og:site_name" content="${o.siteName ?? mirror}"/>`,
    `<meta property="og:url" content="https://${mirror}/${id}" itemprop="url"/>`,
    `<meta property="og:title" content="${title}"/><meta property="twitter:title" content="${title}"/>`,
    `<meta property="twitter:description" content="archived ${human} UTC" itemprop="description"/>`,
    `<meta property="article:published_time" content="${o.publishedMeta ?? captured}" itemprop="dateCreated"/>`,
    `<meta property="article:modified_time" content="${captured}" itemprop="dateModified"/>`,
    `<link rel="image_src" href="${shot}"/><meta property="og:image" content="${shot}" itemprop="image"/>`,
    `<link rel="icon" href="//www.google.com/s2/favicons?domain=${originalHost}"/>`,
    `<link rel="canonical" href="https://${mirror}/${id}"/>`,
    bookmark === null ? '' : `<link rel="bookmark" href="${bookmark}"/>`,
    `<title>${title}</title>`,
    o.headExtra ?? '',
  ].join('');

  const link = 'display:inline-block;white-space:nowrap;padding:0;margin:0 4px;text-decoration:underline;color:#1D2D40';
  const header = [
    '<div id="HEADER" style="font-family:sans-serif;background-color:#FFFAE1;border-bottom:2px #B40010 solid;min-width:1028px">',
    '<div style="padding-top:10px"></div><table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0"><tr>',
    '<td style="width:150px;text-align:center;vertical-align:top" rowspan="2"><a style="text-decoration:none;color:black" href="https://archive.today/">',
    '<div style="font-size:24px">archive.today</div><div style="font-size:12px">webpage capture</div></a></td>',
    `<td style="${STYLE_CELL};font-size:14px;font-weight:bold">Saved from</td>`,
    `<td style="${STYLE_CELL}"><form style="text-align:left;margin:0" action="https://${mirror}/search/" method="get"><table cellspacing="0" cellpadding="0" border="0"><tr><td style="width:500px">`,
    `<input style="border:1px solid black;height:20px;width:500px" type="text" name="q" value="${o.savedFrom ?? story.original}"/>`,
    `<input type="hidden" name="t" value="${o.captureMs ?? String(Date.parse(captured))}"/><input type="hidden" name="id" value="${id}"/>`,
    `<div style="text-align:right;font-size:10px"><a style="${link}" href="https://${mirror}/${story.original.replace('://', '%3A//')}">history</a>`,
    `<a style="${link}" href="https://${mirror}/${id}">no other snapshots from this url</a></div></td>`,
    '<td style="vertical-align:top"><input style="width:60px;height:20px" type="submit" tabindex="-1" value="search"/></td></tr></table></form></td>',
    `<td style="${STYLE_CELL};font-size:14px"><time itemprop="pubdate" datetime="${o.timeDatetime ?? captured}">${o.timeText ?? `${human} UTC`}</time></td></tr>`,
    '<tr><td style="text-align:right;font-size:12px;font-weight:bold;white-space:nowrap">All snapshots</td>',
    `<td style="text-align:left;font-size:12px" colspan="2"><b>from host </b><a style="color:#1D2D40" href="https://${mirror}/${originalHost}">${originalHost}</a></td></tr>`,
    `<tr><td colspan="2"><a style="font-size:12px;font-weight:bold" href="https://${mirror}/${id}">Webpage</a><a style="font-size:12px" href="https://${mirror}/${id}/image">Screenshot</a></td>`,
    `<td style="text-align:right;white-space:nowrap"><a style="color:#1D2D40" href="https://${mirror}/${id}/share" onclick="return showDivShare()">share</a>`,
    `<a style="color:#1D2D40" href="https://${mirror}/download/${id}.zip">download .zip</a>`,
    `<a style="color:#1D2D40" href="https://${mirror}/${id}/abuse">report bug or abuse</a>`,
    '<div id="DIVSHARE" style="position:fixed;top:0;left:0;right:0;bottom:0;display:none"><div style="display:table">',
    `<div style="display:table-row"><div style="display:table-cell">short link</div><div style="display:table-cell"><input id="SHARE_SHORTLINK" style="width:600px" value="https://${mirror}/${id}"/></div></div>`,
    longLink === null
      ? ''
      : `<div style="display:table-row"><div style="display:table-cell">long link</div><div style="display:table-cell"><input id="SHARE_LONGLINK" style="width:600px" value="${longLink}"/></div></div>`,
    `<div style="display:table-row"><div style="display:table-cell">markdown</div><div style="display:table-cell"><input id="SHARE_MARKDOWN" style="width:600px" value="[archive.today link](https://${mirror}/${id})"/></div></div>`,
    '</div></div></td></tr></table></div>',
  ].join('');

  const percents = Array.from({ length: 21 }, (_, i) => i * 5)
    .map(
      (p) =>
        `<tr><td id="${p}%" style="vertical-align:top"><a style="color:#999999" href="#${p}%">${p % 10 === 0 ? `${p}%` : ' '}</a></td></tr>`,
    )
    .join('');

  return [
    '<!DOCTYPE html><html style="background-color:#EEEEEE" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope itemtype="http://schema.org/Article">',
    `<head>${head}</head>`,
    '<body style="margin:0;background-color:#EEEEEE"><center>',
    `<div style="display:none"><h2>${title}</h2><img src="${shot}"/><div>archived ${human} UTC</div></div>`,
    header,
    '<div style="padding-top:28px;background-color:#EEEEEE"></div>',
    '<div id="SOLID" style="background-color:#EEEEEE;padding-bottom:15px"><div id="SHARER" style="position:absolute;display:none">share selection</div>',
    '<div id="CONTENT" style="background-color:white;min-height:768px;position:relative;border:2px #999999 solid;margin:0px -2px;width:1024px" onclick="">',
    '<div class="html1" style="width: 1024px;text-align: left;overflow-x: auto;overflow-y: auto;position: relative;min-height: 768px;; z-index: 0">',
    `<div class="html" style="text-align:left;overflow-x:visible;overflow-y:visible;">${o.htmlMeta ?? ''}`,
    `<div class="body" style="text-align:left;color:rgb(17, 17, 17);font-family:Georgia, serif;background-color:rgb(255, 255, 255)">\n${o.body}\n</div>`,
    '</div></div>',
    `<!--[if !IE]><!--><div style="position:absolute;right:1028px;top:-14px;bottom:-2px"><table id="hashtags" style="text-align:right;font-family:sans-serif;font-size:10px" border="0" height="100%">${percents}</table></div><!--<![endif]-->`,
    '<script type="text/javascript">function showDivShare() { document.getElementById("DIVSHARE").style.display = "block"; return false; }</script>',
    '</div></div>',
    '<noscript><img src="https://counter.archive.ph/counter.gif" width="1" height="1"/></noscript>',
    `<img width="1" height="1" src="https://1.1.1.1.us.SEF2-x.2207.pixel.${mirror}/pixel.gif"/>`,
    '<div style="padding:200px 0;min-width:1028px;background-color:#EEEEEE"></div></center></body></html>',
    '',
  ].join('\n');
}

/** Where hostile markup goes in the captured article. */
export interface Inserts {
  /** Before the article (page furniture position). */
  top?: string;
  /** Between headline and byline. */
  afterTitle?: string;
  /** After paragraph i (0-based). */
  after?: Partial<Record<number, string>>;
  /** Inside paragraph 2, between its two sentences. */
  inParagraph?: string;
  /** After the article, still inside the page container. */
  end?: string;
  /** Last thing in div.body. */
  tail?: string;
}

export const P_STYLE = 'display:block;font-size:18px;line-height:28px;margin:0px 0px 16px;color:rgb(34, 34, 34)';

/**
 * The captured article page as archive.today stores it: inline computed styles, `<p>` turned into `<div>`, links
 * through `/o/ID/`, images on the archive's shard host.
 */
export function capturedArticle(o: {
  id: string;
  mirror: string;
  imageHost: string;
  story: StoryText;
  inserts?: Inserts;
  wrap?: (article: string) => string;
}): string {
  const { id, mirror, imageHost, story } = o;
  const ins = o.inserts ?? {};
  const outbound = (url: string): string => `https://${mirror}/o/${id}/${url.replace('://', '%3A//')}`;
  const home = new URL(story.original).origin + '/';
  const paragraphs = story.paragraphs.map((text, i) => {
    let html = text;
    if (i === 2 && ins.inParagraph !== undefined) {
      const cut = text.indexOf('. ') + 2;
      html = `${text.slice(0, cut)}${ins.inParagraph}${text.slice(cut)}`;
    }
    if (i === 1)
      html = html.replace(
        /, (\w+) /,
        (_m, w: string) =>
          `, <a style="color:rgb(0, 85, 153)" href="${outbound(`${home}topics/${w.toLowerCase()}`)}">${w}</a> `,
      );
    return `<div style="${P_STYLE}">${html}</div>${ins.after?.[i] ?? ''}`;
  });
  const figure = [
    '<figure style="display:block;margin:0px 0px 24px">',
    `<img style="width:680px;height:383px" src="https://${imageHost}/${id}/8be00940dc623deaf6db3404dacb71fdc4c6ea76.jpg" alt="A view of the scene described in the story"/>`,
    '<figcaption style="font-size:13px;color:rgb(102, 102, 102)">The scene on the day. (Staff photograph)</figcaption></figure>',
  ].join('');
  const article = [
    '<article style="display:block;max-width:720px;margin:0px auto">',
    `<h1 style="font-size:34px;line-height:40px;font-family:Georgia, serif;margin:0px 0px 12px">${escapeAttribute(story.title)}</h1>`,
    ins.afterTitle ?? '',
    `<div style="font-size:14px;color:rgb(85, 85, 85);margin:0px 0px 20px"><span style="font-weight:700">${story.byline}</span> · <time datetime="${story.date}">${story.dateText}</time></div>`,
    paragraphs[0],
    figure,
    ...paragraphs.slice(1),
    '</article>',
  ].join('\n');
  const site = escapeAttribute(story.site);
  return [
    `<div style="display:block;border-bottom:1px solid rgb(221, 221, 221);padding:12px 24px"><a style="font-size:22px;font-weight:700;color:rgb(0, 0, 0)" href="${outbound(home)}">${site}</a></div>`,
    ins.top ?? '',
    `<div style="display:block;padding:24px">`,
    o.wrap ? o.wrap(article) : article,
    ins.end ?? '',
    '</div>',
    `<div style="display:block;font-size:12px;color:rgb(119, 119, 119);padding:24px">© ${site}. All rights reserved.</div>`,
    ins.tail ?? '',
  ].join('\n');
}
