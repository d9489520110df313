// The aligner's shortcuts must never change a result: the pre-filter that spares pairs the full scoring,
// the candidate pairs found through marks instead of a set of every pair, and the hash table for runs.
import { describe, expect, it } from 'vitest';
import { ClaimIndex, LONG_POSTING, type UnitInput } from '../../src/align/claims.js';
import { byCodePoint, HashSlots, hashString, mix } from '../../src/align/hash.js';
import { sentenceTokens } from '../../src/analyse/terms/index.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import { makeArticle } from './helpers.js';

/** The index's private parts these tests read. */
interface IndexView {
  units: Array<{ n: number; article: string; terms: number[]; referentTerms: number[]; key: string }>;
  df: Int32Array;
  termNames: string[];
  mayLink(x: unknown, y: unknown, sameArticle: boolean): boolean;
  pairFilter(): (a: number, b: number) => boolean;
  candidatePairs(): number[];
}

const view = (index: ClaimIndex) => index as unknown as IndexView;

function inputsOf(articles: ReturnType<typeof makeArticle>[]): UnitInput[] {
  return articles.flatMap((article) => {
    const tokens = sentenceTokens(article);
    return article.sentences.map((s, i) => ({ article: article.id, sentence: s.id, tokens: tokens[i] }));
  });
}

/** The real stories of the repository, as claim inputs (with a pronoun referent now and then, as the analysis gives). */
async function realInputs(): Promise<UnitInput[][]> {
  const { stories } = await loadStories('articles');
  return stories.map((source) => {
    const inputs = inputsOf(parseStory(source).articles);
    // Lend some sentences a referent (a name from the sentence before), to exercise the referent paths too.
    return inputs.map((input, n) => {
      const before = inputs[n - 1]?.tokens.find((token) => /^\p{Lu}/u.test(token.text) && !token.stop);
      return n % 3 === 0 && before ? { ...input, referent: [before.norm], subjects: [before.norm] } : input;
    });
  });
}

/** A story whose common words make posting lists longer than LONG_POSTING, so that both kinds of lists are used. */
function longListInputs(): UnitInput[] {
  const places = ['Aleppo', 'Homs', 'Idlib', 'Raqqa', 'Latakia', 'Hama', 'Deir', 'Palmyra'];
  const articles = Array.from({ length: 40 }, (_, a) => makeArticle(`a${a}`, Array.from({ length: 5 }, (_, s) => {
    const place = places[(a + s) % places.length];
    return `Government forces shelled rebel positions near ${place} on day ${(a * 5 + s) % 17}, officials said, as talks on a ceasefire in ${places[(a * s) % places.length]} continued.`;
  }).join(' ')));
  return inputsOf(articles);
}

/** The candidate pairs as the aligner first found them: every pair of each list, deduplicated through a set. */
function referencePairs(index: ClaimIndex): Set<string> {
  const { units, df, termNames } = view(index);
  const order = units.map((unit) => unit.n).sort((a, b) => byCodePoint(units[a].key, units[b].key));
  const postings: number[][] = termNames.map(() => []);
  const longBudget = new Int32Array(units.length);
  for (const n of order) {
    const unit = units[n];
    const own = unit.terms.filter((t) => !unit.referentTerms.includes(t));
    const byRarity = [...own].sort((a, b) => df[a] - df[b] || byCodePoint(termNames[a], termNames[b]));
    for (const t of byRarity) {
      if (df[t] < 2) continue;
      if (df[t] > LONG_POSTING) {
        if (longBudget[n] >= 6) continue;
        longBudget[n]++;
      }
      postings[t].push(n);
    }
  }
  const pairs = new Set<string>();
  const add = (a: number, b: number) => {
    if (a !== b) pairs.add(units[a].key < units[b].key ? `${a} ${b}` : `${b} ${a}`);
  };
  const termHashes = termNames.map((name) => hashString(name));
  postings.forEach((list, t) => {
    if (list.length <= LONG_POSTING) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add(list[i], list[j]);
      return;
    }
    const signature = (n: number) => Math.min(0xffffffff, ...units[n].terms.filter((u) => u !== t && !units[n].referentTerms.includes(u)).map((u) => mix(termHashes[u], termHashes[t])));
    const keyed = list.map((n) => ({ n, sig: signature(n) })).sort((a, b) => a.sig - b.sig || byCodePoint(units[a.n].key, units[b.n].key));
    for (let i = 0; i < keyed.length; i++) for (let j = i + 1; j <= i + 4 && j < keyed.length; j++) add(keyed[i].n, keyed[j].n);
  });
  return pairs;
}

function pairsOf(index: ClaimIndex): string[] {
  const flat = view(index).candidatePairs();
  const out: string[] = [];
  for (let p = 0; p < flat.length; p += 2) out.push(`${flat[p]} ${flat[p + 1]}`);
  return out;
}

describe('shortcuts', async () => {
  const stories = [...(await realInputs()), longListInputs()];

  it('the pre-filter lets through every pair that compare() links', () => {
    let linked = 0;
    for (const inputs of stories) {
      const index = new ClaimIndex(inputs);
      const { units } = view(index);
      for (let a = 0; a < units.length; a++) {
        for (let b = 0; b < units.length; b++) {
          if (a === b) continue;
          const sameArticle = units[a].article === units[b].article;
          const kind = index.compare(a, b).kind;
          if (kind === null || (sameArticle && kind !== 'verbatim')) continue;
          linked++;
          expect(view(index).mayLink(units[a], units[b], sameArticle), `${a} ${b}`).toBe(true);
        }
      }
    }
    expect(linked).toBeGreaterThan(100);
  });

  it('the pre-filter by marks answers as mayLink, for the candidate pairs and for every pair in any order', () => {
    let passed = 0;
    for (const inputs of stories) {
      const index = new ClaimIndex(inputs);
      const { units, mayLink } = view(index);
      const reference = (a: number, b: number) => mayLink.call(index, units[a], units[b], units[a].article === units[b].article);
      const filter = view(index).pairFilter.call(index);
      const candidates = view(index).candidatePairs.call(index);
      for (let p = 0; p < candidates.length; p += 2) {
        const [a, b] = [candidates[p], candidates[p + 1]];
        expect(filter(a, b), `${a} ${b}`).toBe(reference(a, b));
        if (reference(a, b)) passed++;
      }
      // Runs of one unit broken up: b first, then a, then a again.
      const anyOrder = view(index).pairFilter.call(index);
      for (let a = 0; a < units.length; a++) {
        for (let b = 0; b < units.length; b += 7) {
          expect(anyOrder(a, b), `${a} ${b}`).toBe(reference(a, b));
          expect(anyOrder(b, a), `${b} ${a}`).toBe(reference(b, a));
        }
      }
    }
    expect(passed).toBeGreaterThan(100);
  });

  it('finds the same candidate pairs as pairing every list through a set, each once, lower key first', () => {
    for (const inputs of stories) {
      const index = new ClaimIndex(inputs);
      const found = pairsOf(index);
      expect(new Set(found).size).toBe(found.length);
      expect(new Set(found)).toEqual(referencePairs(index));
    }
    const { df } = view(new ClaimIndex(stories[stories.length - 1]));
    expect(Math.max(...df)).toBeGreaterThan(LONG_POSTING);
  });
});

describe('HashSlots', () => {
  it('numbers distinct hashes densely in order of first sight, however they collide in the table', () => {
    const slots = new HashSlots(4);
    // 16 places: these all start at place 0 or 1.
    const hashes = [0, 16, 32, 1, 0xfffffff0, 0x80000000, 17];
    expect(hashes.map((h) => slots.add(h))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(hashes.map((h) => slots.add(h))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(slots.size).toBe(hashes.length);
  });
});
