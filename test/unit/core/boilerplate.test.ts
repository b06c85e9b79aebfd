import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * One test per boilerplate rule (src/core/clean/boilerplate.ts): the rule removes its widget from a small article
 * page, and a near miss — article content that shares its words or shape — is kept.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const IMG = (c: string) => `https://d3gk4m7rq2xw1b.archive.ph/AbC12/${c.repeat(40)}.jpg`;

/** An article with `widget` between its paragraphs (or at the end). */
function page(widget: string, where: 'between' | 'end' | 'start' = 'between'): string {
  if (where === 'start') return `${H1}\n${widget}\n${filler('harbour plan', 3)}`;
  if (where === 'end') return `${H1}\n${filler('harbour plan', 3)}\n${widget}`;
  return `${H1}\n${filler('harbour plan', 2)}\n${widget}\n${filler('budget', 2)}`;
}

function run(html: string) {
  const { doc, url } = snapshotDocument(html, { original: ORIGINAL });
  const report = extractWithReport(doc, url, { explain: true });
  const rules = report.removals.map((r) => r.rule).filter((r) => r.startsWith('boilerplate:'));
  return {
    text: report.article?.text ?? '',
    html: report.article?.contentHtml ?? '',
    rules,
    removals: report.removals,
  };
}

function expectRemoved(html: string, rule: string, ...gone: string[]) {
  const { text, html: content, rules, removals } = run(html);
  expect(rules, JSON.stringify(removals)).toContain(`boilerplate:${rule}`);
  for (const s of gone) {
    expect(text).not.toContain(s);
    expect(content).not.toContain(s);
  }
  // The article around it is untouched.
  expect(text).toContain('The council met on Tuesday evening to discuss the harbour plan');
}

function expectKept(html: string, rule: string, ...kept: string[]) {
  const { text, rules, removals } = run(html);
  expect(rules, JSON.stringify(removals)).not.toContain(`boilerplate:${rule}`);
  for (const s of kept) expect(text).toContain(s);
}

describe('subscription-plea', () => {
  it('removes a plea box with its call to action', () => {
    expectRemoved(
      page(
        `<div><div>The story must be told. Subscribe now for unlimited digital access.</div><a href="/subscribe">Try 1 month for 99¢</a></div>`,
      ),
      'subscription-plea',
      'The story must be told',
      'Try 1 month',
    );
  });

  it('keeps a paragraph of the article that mentions subscribing', () => {
    const paragraph =
      'Mr. Lee, who has run the ferry kiosk for twenty years, said he would subscribe to the new ferry pass himself as soon as it goes on sale, though he doubted many of his neighbours would, because the price had risen twice since the plan was first announced and the timetable still leaves the island without a late boat on weekdays.';
    expectKept(page(`<p>${paragraph}</p>`), 'subscription-plea', paragraph);
  });

  it('removes a newsletter pitch that counts its subscribers', () => {
    expectRemoved(
      page(
        '<div><div>Join 800,000+ subscribers to get regular emails on the harbour, the budget and the council.</div><div>You will also receive our digest of the year.</div></div>',
        'end',
      ),
      'subscription-plea',
      'Join 800,000+ subscribers',
      'digest of the year',
    );
  });

  it('keeps a sentence of the article that counts subscribers', () => {
    expectKept(
      page('<p>The paper said its readers had grown, and that 800,000 subscribers now read it every morning.</p>'),
      'subscription-plea',
      '800,000 subscribers now read it',
    );
  });
});

describe('newsletter-form', () => {
  it('removes a sign-up form with an e-mail field and its blurb', () => {
    expectRemoved(
      page(
        `<div><div>The Daily Briefing</div><div>Every weekday morning in your inbox.</div><form action="/newsletters"><input type="email" name="email" placeholder="Email address"><button>Go</button></form></div>`,
      ),
      'newsletter-form',
      'The Daily Briefing',
      'Every weekday morning in your inbox',
    );
  });

  it('keeps a comment form with a textarea, even with an e-mail field', () => {
    expectKept(
      page(
        `<div><div>Write to the editor</div><form action="/letters"><label>Email</label><input type="email" name="email"><textarea name="body"></textarea><button>Send</button></form></div>`,
        'end',
      ),
      'newsletter-form',
      'Write to the editor',
    );
  });
});

describe('story-list', () => {
  it('removes a labelled list of other stories', () => {
    expectRemoved(
      page(
        `<div><h2>Most Read</h2><ol><li><a href="/a">Storm closes the bridge for a week</a></li><li><a href="/b">School board elects a new chair</a></li><li><a href="/c">Bakery wins the county fair prize</a></li></ol></div>`,
        'end',
      ),
      'story-list',
      'Most Read',
      'Storm closes the bridge',
      'Bakery wins the county fair prize',
    );
  });

  it('removes a "Recent Posts" label whose list the capture hid, with its "View All" link', () => {
    expectRemoved(
      page(
        `<div><div><div>Recent Posts</div><a href="/blog/"><div>View All</div></a></div><div style="display:none"><a href="/blog/a">Unclog a drain</a><a href="/blog/b">Water heater signs</a></div></div>`,
        'end',
      ),
      'story-list',
      'Recent Posts',
      'View All',
    );
  });

  it('keeps a list of links that is part of the article, and a section heading like "Latest"', () => {
    expectKept(
      `${H1}${filler('harbour plan', 2)}<h2>Latest</h2>${filler('budget', 2)}<p>The three reports the council relied on are:</p><ul><li><a href="https://example.org/r1">The 2015 harbour survey</a></li><li><a href="https://example.org/r2">The ferry traffic study</a></li><li><a href="https://example.org/r3">The budget review</a></li></ul>${filler('vote', 1)}`,
      'story-list',
      'The 2015 harbour survey',
      'The budget review',
      'Latest',
    );
  });
});

describe('inline-promo', () => {
  it('removes bracketed and "Read more:" links to other stories between paragraphs', () => {
    expectRemoved(
      page(
        `<div><a href="/other">[Mayor says the ferry timetable will change in the autumn]</a></div><div><a href="/other2">Read more: Budget talks stall again at city hall</a></div>`,
      ),
      'inline-promo',
      'Mayor says the ferry timetable',
      'Budget talks stall again',
    );
  });

  it('keeps a bracketed editor’s note and a sentence with links but no promo sign', () => {
    expectKept(
      page(
        `<p>[Editor's note: this story was updated on Wednesday to include the final vote count.]</p><p>See <a href="https://example.org/r1">the report</a> and <a href="https://example.org/r2">the appendix</a>.</p>`,
      ),
      'inline-promo',
      "[Editor's note: this story was updated on Wednesday to include the final vote count.]",
      'See the report and the appendix.',
    );
  });

  it('keeps a sentence whose only link is bracketed (a protected e-mail address)', () => {
    expectKept(
      page(
        `<div>Feel free to write to us at <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a> with your questions about the timetable, the new ferry routes or the harbour works.</div>`,
      ),
      'inline-promo',
      'Feel free to write to us at [email protected] with your questions',
    );
  });
});

describe('media-teaser', () => {
  it('removes a "View Photos" gallery teaser', () => {
    expectRemoved(
      page(
        `<div><a href="/gallery"><img src="${IMG('5')}" alt=""></a><div>View Photos</div><div>Scenes from the harbour</div></div>`,
      ),
      'media-teaser',
      'View Photos',
      'Scenes from the harbour',
    );
  });

  it('keeps a sentence that tells readers where to view photos', () => {
    expectKept(
      page('<p>Visitors can view photos of the old harbour at the town museum until June.</p>'),
      'media-teaser',
      'Visitors can view photos of the old harbour',
    );
  });
});

describe('comment-counter', () => {
  it('removes a comment count link', () => {
    expectRemoved(page('<div><a href="#comments">42 Comments</a></div>', 'end'), 'comment-counter', '42 Comments');
  });

  it('keeps a sentence that counts comments', () => {
    expectKept(
      page('<p>The proposal drew 42 comments from residents during the consultation.</p>'),
      'comment-counter',
      'The proposal drew 42 comments',
    );
  });
});

describe('share-bar', () => {
  it('removes a bar of share links', () => {
    expectRemoved(
      page(
        `<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example-news.com%2F" title="Share on Facebook">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example-news.com%2F">Twitter</a></li><li><a href="mailto:?subject=Harbour%20plan">Email</a></li></ul>`,
        'start',
      ),
      'share-bar',
      'Facebook',
      'Twitter',
    );
  });

  it('removes a bar of scripted buttons that only name their networks', () => {
    // As a page looks without its scripts: the buttons have no address, only a name.
    expectRemoved(
      page(
        '<div><a alt="Text this article" target="_blank"><svg></svg><span>SMS</span></a><a target="_blank"><span>Facebook</span></a><a><span>Twitter</span></a><a href="#"><span>Email</span></a></div>',
        'end',
      ),
      'share-bar',
      'SMS',
      'Facebook',
    );
  });

  it("keeps a list of links to a publisher's own accounts named by network", () => {
    expectKept(
      page(
        '<p>Follow the council on <a href="https://www.facebook.com/examplecouncil">Facebook</a> and <a href="https://twitter.com/examplecouncil">Twitter</a> for meeting dates.</p>',
      ),
      'share-bar',
      'Follow the council on Facebook and Twitter for meeting dates.',
    );
  });

  it('keeps a sentence linking to social media posts', () => {
    expectKept(
      page(
        '<p>The mayor <a href="https://twitter.com/mayor/status/123">wrote on Twitter</a> and <a href="https://www.facebook.com/cityhall/posts/456">on Facebook</a> that the vote was a good day.</p>',
      ),
      'share-bar',
      'The mayor wrote on Twitter and on Facebook that the vote was a good day.',
    );
  });
});

describe('follow-call', () => {
  it('removes calls to follow the author on social networks, with the handle after the link', () => {
    expectRemoved(
      page(
        '<div><div><a href="https://www.instagram.com/harbourwatch/">Follow me on Instagram</a>: @harbourwatch</div>' +
          '<div>Join me on TikTok: @HarbourWatch</div></div>',
        'end',
      ),
      'follow-call',
      'Follow me on Instagram',
      '@harbourwatch',
      'Join me on TikTok',
    );
  });

  it('removes a "Follow us" heading with its row of network icons', () => {
    const icons = ['facebook.com/harbourwatch', 'twitter.com/harbourwatch', 'instagram.com/harbourwatch']
      .map((u) => `<li><a href="https://archive.ph/o/AbC12/https://www.${u}"></a></li>`)
      .join('');
    const { rules, html } = run(page(`<div><div>FOLLOW US</div><ul>${icons}</ul></div>`, 'end'));
    expect(rules).toContain('boilerplate:follow-call');
    expect(html).not.toContain('FOLLOW US');
    expect(html).not.toContain('instagram.com');
  });

  it('keeps a sentence that asks readers to follow a story, and one that names a network', () => {
    expectKept(
      page(
        '<p>Follow us on this walk along the harbour wall, where the new berths will be built by next spring.</p>' +
          '<p>The council posted the plan on Instagram and Facebook, and residents answered within the hour.</p>',
      ),
      'follow-call',
      'Follow us on this walk along the harbour wall',
      'posted the plan on Instagram',
    );
  });
});

describe('skip-link', () => {
  it('removes the "Skip to main content" link at the top of the page', () => {
    expectRemoved(page('<a href="#main">Skip to main content</a>', 'start'), 'skip-link', 'Skip to main content');
  });

  it('keeps a sentence that tells readers they may skip to a section', () => {
    expectKept(
      page('<p>Readers who know the history can skip to the section on the budget, which sets out the costs.</p>'),
      'skip-link',
      'skip to the section on the budget',
    );
  });
});

describe('ad-label', () => {
  it('removes an "Advertisement" label with its empty slot', () => {
    expectRemoved(
      page('<div><div>Advertisement</div><div style="width:300px;height:250px"></div></div>'),
      'ad-label',
      'Advertisement',
    );
  });

  it('keeps a sentence about an advertisement', () => {
    expectKept(
      page('<p>The advertisement ran in three newspapers last week.</p>'),
      'ad-label',
      'The advertisement ran in three newspapers last week.',
    );
  });
});

describe('cookie-notice', () => {
  it('removes a cookie consent banner', () => {
    expectRemoved(
      page(
        '<div><div>We use cookies to improve your experience. By continuing to browse you accept our use of cookies.</div><a href="/privacy">Privacy policy</a><button>Accept</button></div>',
        'end',
      ),
      'cookie-notice',
      'We use cookies',
      'Privacy policy',
    );
  });

  it('keeps a sentence about cookies of another kind', () => {
    expectKept(
      page('<p>The bakery’s cookies sold out before noon, and the stall closed early.</p>'),
      'cookie-notice',
      'The bakery’s cookies sold out before noon',
    );
  });
});

describe('legal-footer', () => {
  it('removes the copyright line with its legal links', () => {
    expectRemoved(
      page(
        '<div><div>© 2017 The Example News. All rights reserved.</div><ul><li><a href="/terms">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></div>',
        'end',
      ),
      'legal-footer',
      'All rights reserved',
      'Terms of Service',
    );
  });

  it('removes a product copyright line that names the years after the product', () => {
    expectRemoved(
      page(
        '<div><div>Drafting Studio for Windows © 2010-2018 Example Software &amp; Associates. <span>24-Nov-2021</span></div></div>',
        'end',
      ),
      'legal-footer',
      'Example Software',
    );
  });

  it('takes the short rest of the footer after a copyright line with it', () => {
    expectRemoved(
      page(
        '<div><div>Drafting Studio for Windows © 2010-2018 Example Software.</div></div><div><a href="/index.htm#topic">Open table of contents panel.</a></div>',
        'end',
      ),
      'legal-footer',
      'Example Software',
      'Open table of contents panel',
    );
  });

  it('takes nothing after a copyright line that the article goes on after', () => {
    const { text, rules } = run(
      page('<div><div>Drafting Studio for Windows © 2010-2018 Example Software.</div></div><p>Back to the plan.</p>'),
    );
    expect(rules).toContain('boilerplate:legal-footer');
    expect(text).toContain('Back to the plan.');
    expect(text).toContain('together with the budget figures');
  });

  it('keeps a sentence that cites a copyright year', () => {
    expectKept(
      page(
        '<p>The court held that the photograph, marked © 2011 by its author, could not be reused without a licence.</p>',
      ),
      'legal-footer',
      'marked © 2011',
    );
  });

  it('keeps a picture credit "© AP" in a figure caption', () => {
    expectKept(
      page(`<figure><img src="${IMG('6')}" alt=""><figcaption>The ferry leaves the quay. © AP</figcaption></figure>`),
      'legal-footer',
      'The ferry leaves the quay. © AP',
    );
  });

  it('keeps a credit line "© AP" under a photo', () => {
    expectKept(page(`<div><img src="${IMG('7')}" alt=""><div>© AP</div></div>`), 'legal-footer', '© AP');
  });
});

describe('the rules together', () => {
  it('leave a page without boilerplate untouched', () => {
    const { rules } = run(page('<p>The vote was 7 to 2, with one abstention.</p>'));
    expect(rules).toEqual([]);
  });
});
