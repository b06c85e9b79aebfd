/** `href` read as an address, against `base` when given; null when it is not one. */
export function parseUrl(href: string | null | undefined, base?: URL | string | null): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined);
  } catch {
    return null;
  }
}
