import type { CST } from "yaml";

/**
 * How deeply the collections of a parsed token stream nest, measured without recursion. The `yaml`
 * composer recurses once per level, so a file of 100000 "[" would exhaust the stack (or memory) in
 * it; measuring the concrete syntax tree first lets such a file be refused with a clear error.
 * Stops counting once `limit` is passed.
 */
export function nestingDepth(tokens: readonly CST.Token[], limit: number): number {
  let deepest = 0;
  const pending: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    const { token, depth } = next;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (token.type === "document") {
      if (token.value) pending.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    for (const item of token.items) {
      if ("key" in item && item.key) pending.push({ token: item.key, depth: depth + 1 });
      if (item.value) pending.push({ token: item.value, depth: depth + 1 });
    }
  }
  return deepest;
}
