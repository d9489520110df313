// The one line that states a claim at the head of its row: one of its versions, in the outlet's own words.
// The version chosen is the most central (the one sharing most words with the others), then the shortest,
// then the first in article order, so the same group always gives the same line.

/** A text's words for comparing versions: lower-cased, quotation marks and punctuation left out. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How alike two sets of words are: shared words over the average size (Dice). */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The index of the version that best represents the group (see above). */
export function statementIndex(texts: string[]): number {
  // Versions often repeat word for word (wire copy taken up by many outlets): each distinct text's words,
  // and the likeness of each pair of distinct texts, are worked out once; the sums run as before.
  const distinct = new Map<string, number>();
  const kinds = texts.map((text) => {
    let kind = distinct.get(text);
    if (kind === undefined) distinct.set(text, (kind = distinct.size));
    return kind;
  });
  const likeness = pairTable([...distinct.keys()].map(wordsOf));
  let best = 0;
  let bestScore = -1;
  texts.forEach((text, i) => {
    let score = 0;
    for (let j = 0; j < texts.length; j++) if (j !== i) score += likeness(kinds[i], kinds[j]);
    // Scores compared to a few decimals, so rounding noise cannot decide between equally central versions.
    const rounded = Math.round(score * 1e6);
    if (rounded > bestScore || (rounded === bestScore && text.length < texts[best].length)) {
      best = i;
      bestScore = rounded;
    }
  });
  return best;
}

/** Above this many distinct versions a table of every pair would take too much memory (8 bytes a pair). */
const PAIR_TABLE_MAX = 2048;

/** dice() of two of `words`, by index, each pair computed on first use (dice is symmetric). */
function pairTable(words: Set<string>[]): (a: number, b: number) => number {
  const count = words.length;
  if (count > PAIR_TABLE_MAX) return (a, b) => dice(words[a], words[b]);
  const known = new Float64Array(count * count).fill(Number.NaN);
  return (a, b) => {
    let value = known[a * count + b];
    if (Number.isNaN(value)) known[a * count + b] = known[b * count + a] = value = dice(words[a], words[b]);
    return value;
  };
}
