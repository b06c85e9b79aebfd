/**
 * The few nodes at the edges of a page or an element, and the comments among them: where the replay puts its
 * toolbar insert and its closing notes, read without walking the whole page.
 */
const COMMENT_NODE = 8;

export function isComment(node: Node | null | undefined): node is Comment {
  return !!node && node.nodeType === COMMENT_NODE;
}

export function commentsAmong(nodes: Iterable<Node>): Comment[] {
  const out: Comment[] = [];
  for (const n of nodes) if (isComment(n)) out.push(n);
  return out;
}

export function firstNodes(parent: Node | null | undefined, n: number): Node[] {
  const out: Node[] = [];
  for (let c = parent?.firstChild ?? null; c && out.length < n; c = c.nextSibling) out.push(c);
  return out;
}

export function lastNodes(parent: Node | null | undefined, n: number): Node[] {
  const out: Node[] = [];
  for (let c = parent?.lastChild ?? null; c && out.length < n; c = c.previousSibling) out.push(c);
  return out;
}
