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
  const words = texts.map(wordsOf);
  let best = 0;
  let bestScore = -1;
  texts.forEach((text, i) => {
    let score = 0;
    words.forEach((other, j) => {
      if (j !== i) score += dice(words[i], other);
    });
    // Scores compared to a few decimals, so rounding noise cannot decide between equally central versions.
    const rounded = Math.round(score * 1e6);
    if (rounded > bestScore || (rounded === bestScore && text.length < texts[best].length)) {
      best = i;
      bestScore = rounded;
    }
  });
  return best;
}
