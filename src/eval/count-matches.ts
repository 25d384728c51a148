// True positives of an extraction: each gold triple and each predicted triple
// is used at most once, and the pairing is the largest possible (augmenting
// paths; the lists are the triples of one sentence, so they are small).

export function countMatches<P, G>(predicted: readonly P[], gold: readonly G[], matches: (p: P, g: G) => boolean): number {
  const goldOwner: (number | null)[] = gold.map(() => null);
  const edges = predicted.map((p) => gold.flatMap((g, j) => (matches(p, g) ? [j] : [])));
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j] === true) continue;
      seen[j] = true;
      const owner = goldOwner[j];
      if (owner === null || owner === undefined || augment(owner, seen)) {
        goldOwner[j] = i;
        return true;
      }
    }
    return false;
  };
  let count = 0;
  for (let i = 0; i < predicted.length; i++) if (augment(i, gold.map(() => false))) count++;
  return count;
}
