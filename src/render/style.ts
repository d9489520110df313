// Style differences: a name the outlets write differently throughout ("Russian Federation" / "Russia",
// "US" / "U.S."). The word diff folds these variants, so they are listed here once, with the way each
// article writes the name, instead of being marked in every row.
import type { Article } from '../types.js';
import { namedVariants } from './diff.js';

export interface StyleForm<A> {
  /** One way of writing the name. */
  text: string;
  /** The articles that mostly write it this way, in article order, with how many times they do. */
  articles: Array<{ article: A; count: number }>;
}

export interface StyleDifference<A> {
  /** Every way the articles write the name, the most widely used first. */
  forms: Array<StyleForm<A>>;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each article's names counted by the key their variants share, then by how it writes them. */
function formsByKey(article: Article): Map<string, Map<string, number>> {
  const byKey = new Map<string, Map<string, number>>();
  for (const sentence of article.sentences) {
    for (const { text, key } of namedVariants(sentence.text)) {
      const forms = byKey.get(key) ?? new Map<string, number>();
      forms.set(text, (forms.get(text) ?? 0) + 1);
      byKey.set(key, forms);
    }
  }
  return byKey;
}

/** The form written most often; on a tie, the first in code-point order (so the choice never depends on order). */
function mostUsed(counts: Map<string, number>): [string, number] {
  return [...counts].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0];
}

/**
 * The names two or more articles write, where they do not all write them the same way: each article listed
 * once, under the form it writes most often. Names in code-point order of their key; forms by how many
 * articles write them, then by code point.
 */
export function styleDifferences<A>(articles: Article[], viewOf: (article: Article) => A): Array<StyleDifference<A>> {
  const counted = articles.map((article) => formsByKey(article));
  const keys = [...new Set(counted.flatMap((byKey) => [...byKey.keys()]))].sort(byCodePoint);
  const differences: Array<StyleDifference<A>> = [];
  for (const key of keys) {
    const byForm = new Map<string, StyleForm<A>>();
    articles.forEach((article, index) => {
      const forms = counted[index].get(key);
      if (!forms) return;
      const [text, count] = mostUsed(forms);
      const form = byForm.get(text) ?? { text, articles: [] };
      form.articles.push({ article: viewOf(article), count });
      byForm.set(text, form);
    });
    if (byForm.size < 2) continue;
    differences.push({ forms: [...byForm.values()].sort((a, b) => b.articles.length - a.articles.length || byCodePoint(a.text, b.text)) });
  }
  return differences;
}
