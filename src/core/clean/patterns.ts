/**
 * The words boilerplate is made of, across publishers. Each pattern is matched against the whole text of a
 * short block (collapsed whitespace), so an article sentence that merely mentions a subscription is not a match.
 */

/** Calls to pay or sign up: one of these makes a small box a plea. */
export const PLEA = new RegExp(
  [
    'subscribe (now|today|for|to)\\b',
    'subscribers? only',
    'already (a |an )?(subscriber|member)',
    'start (your )?(free )?trial',
    'try \\d+ (month|week)s? for',
    'become a (member|subscriber|supporter|patron)',
    'support (our|independent|quality|local) journalism',
    'your (subscription|support) (supports|helps|makes)',
    'unlimited (digital )?access',
    'the story must be told',
    'sign up for (our|the|a|free)',
    'join (over |more than )?[\\d,.]+\\s?[km]?\\+? (other )?(subscribers|readers|members)',
    'get (our|the) [\\w\\s]{0,30}newsletter',
    'create (a )?free account',
    'log ?in to (continue|read)',
    'to continue reading',
    'subscribe to (the|our)',
    'for (just|only) [$€£]\\s?\\d',
    '\\d+¢',
    'cancel any ?time',
    'donate (now|today)',
    'make a (contribution|donation)',
    'support us\\b',
    'abonnez-vous',
    'jetzt abonnieren',
    'suscríbete',
  ].join('|'),
  'i',
);

/** Link or button texts that close a plea box. */
export const CALL_TO_ACTION =
  /^(subscribe|sign ?up|sign ?in|log ?in|register|join|try|start|get|become|donate|support|continue|upgrade|unlock|subscribe now)\b/i;

/** Labels of lists of other stories. */
export const STORY_LIST_LABEL = new RegExp(
  '^(' +
    [
      'most (read|popular|viewed|shared|emailed|commented|watched)( stories| articles| now| today| this week)?',
      'trending( now| stories| articles| topics| on \\w+)?',
      'popular( now| stories| articles| posts)?',
      'top stories',
      'related( stories| articles| coverage| content| posts| reading| links| news)?',
      'more (from|stories|on|in|like this|to read|news|coverage|top stories)\\b.{0,30}',
      'read (more|next|this next)',
      'recommended( for you| stories| reading| articles)?',
      'you (may|might) (also )?(like|enjoy|be interested in)',
      "editor'?s'? (picks|choice)",
      'latest( news| stories| articles| headlines)?',
      'recent( posts| stories| articles| news)',
      'what to read next',
      'around the (web|site)',
      'from (the web|our partners|around the web)',
      'sponsored (stories|content|links)',
      'promoted (stories|content|links)',
      'in case you missed it',
      "don'?t miss",
      'also on \\w+',
      'more headlines',
      'most read',
    ].join('|') +
    ')[:.!]?$',
  'i',
);

/** Whole texts of advertising labels and reading interruptions. */
export const AD_LABEL =
  /^(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|anzeige|werbung|publicité|publicidad|pubblicità|story continues below( advertisement)?|continue reading (below|the main story)|scroll to continue( with content)?|article continues (below|after advertisement))$/i;

/** Gallery and video teasers' calls ("View Photos", "Watch the video", "14 Photos"). */
export const MEDIA_TEASER =
  /^((view|see|watch|play|launch|open|browse)( the| all| more)? (photos?|pictures|images|gallery|slideshow|video|videos)|\d+ (photos|images|pictures)|gallery: .{0,80}|play video)$/i;

/** Comment counters and calls into the comments. */
export const COMMENT_COUNTER =
  /^(\d[\d,.]*k?\s*(comments?|responses?|replies|reactions)|comments?\s*\(?\d+\)?|(view|show|read|join|load|leave|add|post|see)( all)?( \d+)?( the)? (comments?|discussion|conversation|responses?)|comments?|be the first to comment)$/i;

/** Cookie and consent notices. */
export const COOKIE_NOTICE =
  /\bcookies?\b.*\b(accept|consent|agree|privacy|settings|preferences|use of)\b|\b(accept|consent).*\bcookies?\b/i;

/** Share endpoints of social networks and mail; a bar of these links is a share bar. */
export const SHARE_URL =
  /^(mailto:|whatsapp:|sms:)|[?&]share=(facebook|twitter|email|linkedin|reddit|pinterest|tumblr|telegram|jetpack-whatsapp|pocket|google-plus-1|print)\b|\/\/([\w-]+\.)?(facebook\.com\/(sharer|share|dialog)|twitter\.com\/(share|intent)|x\.com\/intent|linkedin\.com\/(share|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|tumblr\.com\/(share|widgets)|plus\.google\.com\/share|t\.me\/share|wa\.me\/|api\.whatsapp\.com\/send|getpocket\.com\/(save|edit)|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|vk\.com\/share|bsky\.app\/intent|threads\.net\/intent|mastodonshare|xing\.com\/spi\/shares)/i;

/** Link titles, labels or texts of share buttons ("Share on Facebook", "Click to share on Twitter (Opens in new window)"). */
export const SHARE_LABEL =
  /^(click to )?(share|tweet|email|e-mail|print|save|copy link)( (on|to|via|this|article|story|with) ?.*)?$/i;

/** What a share button says when it names only where it shares to ("Facebook", "SMS", "Copy link"). */
export const SHARE_NETWORK =
  /^(facebook|twitter|x|email|e-mail|mail|sms|text|linkedin|whatsapp|reddit|pinterest|telegram|threads|bluesky|mastodon|flipboard|messenger|print|copy link|copy)$/i;

/**
 * The whole text of a button or a link styled as one ("Learn more", "Book now", "Get a quote", "Enrol now"): sales
 * and navigation calls that say nothing once the page is read as text.
 */
export const BUTTON_CALL = new RegExp(
  '^(' +
    [
      'learn more',
      'read more',
      'find out more',
      'discover more',
      'book (now|online|today|a \\w+|your \\w+)',
      'shop (now|the \\w+)',
      'buy (now|online|it now)',
      'order (now|online|today)',
      'get (a |your )?(free )?(quote|estimate|started)( now| today)?',
      'sign ?up( now| today| for free)?',
      'enrol(l)? (now|today)',
      'register (now|today)',
      'apply (now|today|online)',
      'start (now|today|course|learning|(a |your )?free trial)',
      'contact us( today| now)?',
      'call (us )?(now|today)',
      'get in touch',
      'request (a |your )?(demo|quote|consultation|information|info)',
      'schedule (a |your )?(consultation|demo|call|visit|tour)',
      'download (now|free|the app)',
      'try (it )?(for )?free( now| today)?',
      'view (details|deal|discount|offer|more|all)',
      'see (details|more|all|deal|offer|plans|pricing)',
      'where to buy',
      'check (price|prices|availability|rates)',
      'secure your spot',
    ].join('|') +
    ')[\\s!.›»>→]*$',
  'i',
);

/** The link that lets keyboard users past the site's menu ("Skip to main content"); pages hide it until focused. */
export const SKIP_LINK =
  /^(skip|jump) (to )?(the )?(main |primary |page )?(content|main|article|navigation|nav|menu|search|footer)$|^skip navigation$/i;

/**
 * Calls to follow the author or the site on a social network ("Follow us on Instagram", "*** Follow me on Instagram,
 * YouTube or X ***", "Join me on TikTok: @…"): the network, or a handle, must be named, so "follow me on this
 * journey" is not one.
 */
export const FOLLOW_CALL =
  /^[\W_]*(follow|find|join|like|connect with|catch) (me|us)\b.{0,80}?(\b(instagram|facebook|twitter|x|tiktok|youtube|linkedin|pinterest|threads|bluesky|mastodon|snapchat|twitch|social media|socials)\b|@\w)/i;

/** A heading over the site's social links ("Follow us", "Connect with us"). */
export const FOLLOW_LABEL =
  /^(follow|find|connect with|stay connected with|join) (me|us)( on social( media)?| online)?[:!]?$/i;

/** A profile on a social network: the links of a "Follow us" row, often icons without text. */
export const SOCIAL_PROFILE_URL =
  /^https?:\/\/([\w-]+\.)?(facebook|twitter|x|instagram|tiktok|youtube|linkedin|pinterest|threads|bsky|snapchat|twitch|plus\.google)\.[a-z.]+\/(?!(share|sharer|intent|submit|pin\/create))[^?#]/i;

/** Copyright and legal lines of page footers: "© 2017 …", "All rights reserved". */
export const LEGAL_LINE = /^(©|\(c\)|copyright\b)|all rights reserved/i;

/** A product's copyright line in a documentation footer: a short name, then the mark and its years ("Studio for Windows © 2010-2018 Maker"). */
export const NAMED_COPYRIGHT = /^[^,.;:!?]{1,40}(©|\(c\)|copyright)\s*(19|20)\d\d\b/i;

/** Text of a related-story link set in brackets, as many papers do between paragraphs ("[Trump revealed …]"). */
export const BRACKETED = /^\[[^\]]{10,200}\]$/;

/** Lead-ins of related-story lines ("Read more: …", "RELATED: …"). */
export const RELATED_LEAD =
  /^(read more|related|see also|also read|more|recommended|read next|watch|listen|further reading|also see|click here|must read|don'?t miss|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leer más|ver también|leggi anche)\s*[:|»>-]/i;
