/** Near-miss detection for names a rule knows the full list of (runner labels, action inputs). */

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours
 * as one edit (optimal string alignment): `ubuntu-lates` and `ubunut-latest` are both one away.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The candidate closest to `word` (case-insensitively) within `max` edits, if any. */
export function closest(word: string, candidates: readonly string[], max = 2): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    // Each edit changes the length by at most one.
    if (Math.abs(name.length - word.length) > max) continue;
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance <= max && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
