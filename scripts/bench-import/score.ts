// The extraction benchmark's published scoring (see ../shared/extraction-benchmark/README.md): 4-token
// shingles counted as multisets, each page's TP/FP/FN divided by their sum so that every page weighs the
// same, precision/recall/F1 from the sums over all pages; accuracy is the share of exact token lists.

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

export function tokens(text: string): string[] {
  return text.match(/\w+/gu) ?? [];
}

function shingles(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const runs = words.length < 4 ? [words.join(' ')] : [];
  for (let i = 0; i + 4 <= words.length; i++) runs.push(words.slice(i, i + 4).join(' '));
  for (const run of runs) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}

export function scorePage(truth: string, extracted: string): PageScore {
  const truthTokens = tokens(truth);
  const extractedTokens = tokens(extracted);
  const expected = shingles(truthTokens);
  const found = shingles(extractedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [run, count] of found) {
    const want = expected.get(run) ?? 0;
    tp += Math.min(count, want);
    fp += Math.max(0, count - want);
  }
  for (const [run, count] of expected) fn += Math.max(0, count - (found.get(run) ?? 0));
  const total = tp + fp + fn;
  const exact = truthTokens.join(' ') === extractedTokens.join(' ');
  return total === 0 ? { tp: 1, fp: 0, fn: 0, exact } : { tp: tp / total, fp: fp / total, fn: fn / total, exact };
}

export function summarise(pages: PageScore[]): { precision: number; recall: number; f1: number; accuracy: number } {
  const sum = (key: 'tp' | 'fp' | 'fn') => pages.reduce((total, page) => total + page[key], 0);
  const tp = sum('tp');
  const precision = tp / (tp + sum('fp'));
  const recall = tp / (tp + sum('fn'));
  const f1 = (2 * precision * recall) / (precision + recall);
  const accuracy = pages.filter((page) => page.exact).length / pages.length;
  return { precision, recall, f1, accuracy };
}
