// How deeply a parsed JSON value nests, measured without recursion so hostile input cannot overflow.

/** Deeper bodies are refused before code that walks values recursively (digests, checks) sees them. */
export const MAX_JSON_DEPTH = 100;

/** True when the value nests arrays and objects more than `limit` levels deep. */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) pending.push({ node: child, depth: depth + 1 });
  }
  return false;
}
