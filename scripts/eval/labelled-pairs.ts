// Every pair of sentences from different articles in the hand-annotated stories, with the aligner's
// measurements of the pair (src/align/claims/features.ts) and the gold's label: the data the claim
// weights are fitted on (scripts/fit-claims.ts): the shared corpora and the repository's Kerry annotation,
// each labelled from its gold.json (sentences matched the way evaluate.py matches them).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseStory } from '../../src/analyse/index.js';
import { alignClaims } from '../../src/align/build.js';
import { groupQuotes } from '../../src/align/quotes/index.js';
import { storyVectors } from '../../src/build.js';
import type { DecisionModel, PairScore } from '../../src/align/claims/index.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import type { Member, Story } from '../../src/types.js';
import { annotatedCorpora, type Corpus, evaluatorWords, writeArticles } from './corpora.js';
import { writeHeldoutStories } from './heldout-stories.js';

/** same: the gold says one claim; other: different claims; neutral: the gold neither rewards nor penalises. */
export type PairLabel = 'same' | 'other' | 'neutral';

export interface LabelledPair {
  story: string;
  a: Member;
  b: Member;
  label: PairLabel;
  score: PairScore;
  /** The aligner's claims put the two in one group (after grouping, not pair by pair). */
  grouped: boolean;
}

interface CorpusGold {
  files: Record<string, string>;
  sentences: Record<string, [number, number]>;
  clusters: Array<{ strong: string[][]; members: string[]; related: string[] }>;
}

/** Our sentence → gold sentence id, as evaluate.py maps them (most shared words, at least 0.6 of the shorter). */
function goldSentenceOf(
  story: Story,
  gold: CorpusGold,
  texts: Record<string, string>,
  articleOf: Record<string, string>,
): Map<string, string> {
  const byLetter = new Map<string, Array<[string, string[]]>>();
  for (const [sid, [from, to]] of Object.entries(gold.sentences)) {
    byLetter.set(sid[0], [...(byLetter.get(sid[0]) ?? []), [sid, evaluatorWords(texts[sid[0]].slice(from, to))]]);
  }
  const out = new Map<string, string>();
  for (const article of story.articles) {
    const letter = articleOf[article.id];
    for (const sentence of article.sentences) {
      const words = evaluatorWords(sentence.text);
      let best: string | undefined;
      let bestScore = 0;
      for (const [sid, other] of byLetter.get(letter) ?? []) {
        const counts = new Map<string, number>();
        for (const w of other) counts.set(w, (counts.get(w) ?? 0) + 1);
        let common = 0;
        for (const w of words) {
          const left = counts.get(w) ?? 0;
          if (left > 0) {
            common++;
            counts.set(w, left - 1);
          }
        }
        const score = common / Math.max(1, Math.min(words.length, other.length));
        if (score > bestScore) [best, bestScore] = [sid, score];
      }
      if (best && bestScore >= 0.6) out.set(`${article.id}#${sentence.id}`, best);
    }
  }
  return out;
}

function corpusLabels(gold: CorpusGold): (x: string, y: string) => PairLabel {
  const key = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
  const same = new Set<string>();
  const neutral = new Set<string>();
  for (const cluster of gold.clusters) {
    for (const x of cluster.members) for (const y of cluster.members) if (x[0] !== y[0]) same.add(key(x, y));
    for (const x of cluster.related) for (const y of [...cluster.members, ...cluster.related]) if (x[0] !== y[0]) neutral.add(key(x, y));
  }
  return (x, y) => (same.has(key(x, y)) ? 'same' : neutral.has(key(x, y)) ? 'neutral' : 'other');
}

/** Every cross-article pair of one story, scored, labelled by `label` (undefined: not in the gold). */
function scoredPairs(
  name: string,
  story: Story,
  label: (a: Member, b: Member) => PairLabel | undefined,
  model?: DecisionModel,
): LabelledPair[] {
  const analysed = analyseStory(story, storyVectors());
  const result = alignClaims(analysed, { quotes: groupQuotes(analysed), model });
  const key = (x: Member, y: Member) => [`${x.article}#${x.sentence}`, `${y.article}#${y.sentence}`].sort().join(' ');
  const together = new Set(result.claims.flatMap((claim) => claim.members.flatMap((x) => claim.members.map((y) => key(x, y)))));
  const members = story.articles.flatMap((article) => article.sentences.map((s): Member => ({ article: article.id, sentence: s.id })));
  const out: LabelledPair[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (members[i].article === members[j].article) continue;
      const known = label(members[i], members[j]);
      if (!known) continue;
      const [a, b] = [members[i], members[j]];
      out.push({ story: name, a, b, label: known, score: result.compare(a, b), grouped: together.has(key(a, b)) });
    }
  }
  return out;
}

async function corpusPairs({ name, dir }: Corpus, articlesDir: string, model?: DecisionModel): Promise<LabelledPair[]> {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as CorpusGold;
  const texts = Object.fromEntries(
    Object.entries(gold.files).map(([letter, file]) => [letter, readFileSync(path.join(dir, file), 'utf8')]),
  );
  const source = (await loadStories(articlesDir)).stories.find((s) => s.id === name);
  if (!source) throw new Error(`corpus ${name} did not load`);
  const story = parseStory(source);
  // Article a01.md is 01.txt: the gold letter of the file.
  const articleOf = Object.fromEntries(Object.entries(gold.files).map(([letter, file]) => [`a${file.replace(/\.txt$/, '')}`, letter]));
  const goldOf = goldSentenceOf(story, gold, texts, articleOf);
  const labelOf = corpusLabels(gold);
  return scoredPairs(
    name,
    story,
    (a, b) => {
      const x = goldOf.get(`${a.article}#${a.sentence}`);
      const y = goldOf.get(`${b.article}#${b.sentence}`);
      return x && y ? labelOf(x, y) : undefined;
    },
    model,
  );
}

/**
 * The labelled pairs of every annotated story there is (the shared corpora only with ../shared), or of the
 * stories named in `only`; grouped by the aligner with `model` (the fitted one by default). With `heldout`,
 * those of the held-out stories instead (test/fixtures/heldout-claims, never fitted on).
 */
export async function labelledPairs(only?: string[], model?: DecisionModel, heldout = false): Promise<LabelledPair[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'fit-claims-'));
  try {
    const stories = heldout ? writeHeldoutStories(path.join(work, 'texts')) : annotatedCorpora();
    const corpora = stories.filter((corpus) => !only || only.includes(corpus.name));
    const articlesDir = path.join(work, 'articles');
    writeArticles(articlesDir, corpora);
    const out: LabelledPair[] = [];
    for (const corpus of corpora) out.push(...(await corpusPairs(corpus, articlesDir, model)));
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
