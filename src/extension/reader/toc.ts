/** A table of contents from the article's sub-headings; absent when the article has fewer than two. */
export function buildToc(body: HTMLElement, list: HTMLOListElement): boolean {
  const headings = [...body.querySelectorAll<HTMLHeadingElement>('h2, h3, h4')].filter((h) => h.textContent?.trim());
  if (headings.length < 2) return false;
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  list.replaceChildren(
    ...headings.map((heading, i) => {
      // Our own prefix: ids kept from the page must not collide with the ones the contents links need.
      heading.id ||= `ar-section-${i + 1}`;
      const item = document.createElement('li');
      item.dataset.level = String(Number(heading.tagName[1]) - top);
      const link = document.createElement('a');
      link.href = `#${heading.id}`;
      link.textContent = heading.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      item.append(link);
      return item;
    }),
  );
  return true;
}
