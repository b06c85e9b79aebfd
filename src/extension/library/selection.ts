/**
 * Which library articles are selected for an export: a set of record ids, kept apart from what the search shows,
 * so that narrowing the search never drops a choice already made (the page says how many chosen ones are hidden).
 */

/**
 * Shift-click: every id between the last clicked one (`anchor`) and `target` in the order shown takes `checked`.
 * Without an anchor that is still shown, only `target` changes. Returns a new set.
 */
export function selectRange(
  selected: ReadonlySet<string>,
  shown: readonly string[],
  anchor: string | null,
  target: string,
  checked: boolean,
): Set<string> {
  const next = new Set(selected);
  const to = shown.indexOf(target);
  const from = anchor === null ? -1 : shown.indexOf(anchor);
  const [start, end] = from < 0 || to < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
  for (let i = Math.max(start, 0); i <= end && i >= 0; i++) {
    const id = shown[i]!;
    if (checked) next.add(id);
    else next.delete(id);
  }
  if (to < 0) {
    if (checked) next.add(target);
    else next.delete(target);
  }
  return next;
}

/** The selected ids in the order `all` gives them (the order shown), dropping ids no longer in the library. */
export function selectedInOrder(selected: ReadonlySet<string>, all: readonly string[]): string[] {
  return all.filter((id) => selected.has(id));
}

/**
 * File names made unique the way downloads are (`name.md`, `name-2.md`, `name-3.md`), case-insensitively because
 * most file systems that receive an unzipped bundle are.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
