/**
 * "Did you mean …?" for every misspelt name kubepose meets: Compose keys (validate), Kompose labels
 * (convert), explain topics and unknown Kubernetes fields (check). One measure of closeness for all:
 * the optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), case ignored.
 */

export interface NearestOptions {
  /** Only candidates at most this many edits away; without it, any distance. */
  maxDistance?: number;
  /** At most this many candidates; without it, all. */
  count?: number;
}

/**
 * The candidates nearest to `wanted`, nearest first, case ignored. Candidates at the same distance keep
 * the order they were given in, so a caller that wants ties alphabetical passes them sorted.
 *   nearest("prot", ["ports", "port", "expose"]) → ["port", "ports", "expose"]
 */
export function nearest(wanted: string, candidates: readonly string[], options: NearestOptions = {}): string[] {
  const typed = wanted.toLowerCase();
  const limit = options.maxDistance ?? Infinity;
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(typed, candidate.toLowerCase()) }))
    .filter((entry) => entry.distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, options.count)
    .map((entry) => entry.candidate);
}

/**
 * The known key a misspelt one most likely meant, if it is close enough to be a typo: one edit for short
 * keys, up to three for long ones. "imagee" → "image" (1), "enviroment" → "environment" (1),
 * "port" → "ports" (1); "foo" → undefined. On a tie the key listed first wins.
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return nearest(key, known, { maxDistance: limit, count: 1 })[0];
}

/** Insertions, deletions, substitutions and swaps of two neighbouring letters each cost 1. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
