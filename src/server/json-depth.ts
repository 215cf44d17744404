// How deeply a parsed JSON value nests, measured without recursion so hostile input cannot overflow.

/** Deeper bodies are refused before code that walks values recursively (digests, checks) sees them. */
export const MAX_JSON_DEPTH = 100;

/**
 * Only what JSON.parse makes is walked: arrays and plain objects. A Buffer, typed array or string
 * is a leaf, so a body some other parser read is never walked byte by byte.
 */
function isJsonContainer(node: unknown): node is object {
  if (Array.isArray(node)) return true;
  if (typeof node !== 'object' || node === null) return false;
  const prototype: unknown = Object.getPrototypeOf(node);
  return prototype === Object.prototype || prototype === null;
}

/** True when the value nests arrays and plain objects more than `limit` levels deep. */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, depth } = item;
    if (!isJsonContainer(node)) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) pending.push({ node: child, depth: depth + 1 });
  }
  return false;
}
