/** Edit distance (insertions, deletions, substitutions, adjacent swaps count 1 each). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to `word`, if it is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether two words are within `limit` edits, giving up as soon as they cannot be. */
export function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (limit === 0) return a === b;
  return editDistanceBounded(a, b, limit) <= limit;
}

// One table reused across calls: typo lookups run this for many words per query, and
// fresh arrays each time made the garbage collector the slowest part of search.
let table = new Int32Array(3 * 64);

/**
 * Damerau (adjacent swaps) edit distance computed only within `limit` of the diagonal,
 * stopping at the first row past the limit: at most `(2 × limit + 1) × a.length` cells.
 * Returns `limit + 1` for anything further.
 */
function editDistanceBounded(a: string, b: string, limit: number): number {
  const width = b.length + 1;
  if (3 * width > table.length) table = new Int32Array(3 * width);
  const beyond = limit + 1;
  // Three rows in turn: row i lives at (i % 3) * width.
  for (let j = 0; j < width; j++) table[j] = j <= limit ? j : beyond;
  for (let i = 1; i <= a.length; i++) {
    const row = (i % 3) * width;
    const above = ((i - 1) % 3) * width;
    const twoAbove = ((i - 2 + 3) % 3) * width;
    const low = Math.max(1, i - limit);
    const high = Math.min(b.length, i + limit);
    table[row + low - 1] = low === 1 ? Math.min(i, beyond) : beyond;
    if (high < b.length) table[row + high + 1] = beyond;
    const ca = a.charCodeAt(i - 1);
    let rowMin = beyond;
    for (let j = low; j <= high; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(table[above + j]! + 1, table[row + j - 1]! + 1, table[above + j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, table[twoAbove + j - 2]! + 1);
      }
      table[row + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return beyond;
  }
  return Math.min(table[(a.length % 3) * width + b.length]!, beyond);
}
