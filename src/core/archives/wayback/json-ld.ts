type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JSON-LD as captured: addresses inside it read back like the page's (images stay archived, links go home). */
export function rewriteJsonLd(
  text: string,
  rewriteHref: (h: string) => string,
  rewriteSrc: (s: string) => string,
): string {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch {
    return text;
  }
  const walk = (node: Json, key: string): Json => {
    if (typeof node === 'string') {
      if (!/^(https?:)?\/\/|^\/web\//i.test(node)) return node;
      if (/^(image|thumbnailUrl|contentUrl|logo)$/.test(key)) return rewriteSrc(node);
      if (/^(url|@id|mainEntityOfPage|sameAs)$/.test(key)) return rewriteHref(node);
      return node;
    }
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (node && typeof node === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, k);
      return out;
    }
    return node;
  };
  return JSON.stringify(walk(data, ''));
}
