// Cross-validation folds that keep every item of one group (one sentence) in
// the same fold, chosen by a hash of the group key: the split does not depend
// on the order of the file, and a sentence scored in a fold was never trained
// on in that fold. Pure.

/** FNV-1a 32-bit hash of a string (UTF-16 code units). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Fold (0 … k−1) of each item. Groups are ordered by the hash of their key
 * and dealt round-robin, so folds differ in size by at most one group.
 */
export function assignFolds(groupKeys: readonly string[], k: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError('cross-validation needs at least 2 folds');
  const groups = [...new Set(groupKeys)].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  return groupKeys.map((g) => foldOf.get(g) ?? 0);
}
