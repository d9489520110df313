// Claims: sentences of different articles that report the same fact, grouped.
//
//   units       each sentence as terms, quoted words, copied-run hashes and a sentence vector (./units.ts)
//   candidates  the pairs sharing a term, near-linear in the story's size (./candidates.ts)
//   scoring     measurements of a pair (./features.ts) and the decision on them (./decide.ts)
//   grouping    linked pairs merged into claims when the groups agree as wholes (./grouping.ts); groups that
//               differ in one article only made one (./alike.ts); groups inside others dropped (./contained.ts)
//
// Everything a story needs is made for that story and let go with it.
import type { WordVectors } from '../../types.js';
import { candidatePairs } from './candidates.js';
import { type DecisionModel, decide, FITTED_MODEL, type PairDecision, type PairKind } from './decide.js';
import { PairScorer, type PairFeatures } from './features.js';
import { mergeAlikeGroups } from './alike.js';
import { dropContainedGroups } from './contained.js';
import { groupUnits, type ClaimGroup, type Link } from './grouping.js';
import { storyUnits, type Unit, type UnitInput } from './units.js';

export type { ClaimGroup } from './grouping.js';
export type { UnitInput } from './units.js';
export type { DecisionModel } from './decide.js';
export { RUN } from './units.js';

export interface ClaimStats {
  sentences: number;
  candidatePairs: number;
  linkedPairs: number;
}

/** The measurements of a pair and the decision on them; `clause`: made on a clause of one or both. */
export type PairScore = PairFeatures & PairDecision & { clause: boolean };

export interface SentenceClaims {
  /** Groups of sentences (by input position); a sentence of two facts may be in two. */
  groups: ClaimGroup[];
  stats: ClaimStats;
  /** Scores any two sentences (by input position; by their clauses too), for tests and diagnosis. */
  compare(a: number, b: number): PairScore;
  /** For diagnosis: the terms two units share and the alike words that matched. */
  explain(a: number, b: number): string[];
}

/** The claims of one story's sentences; `model` decides pairs (the fitted one unless a fit tries another). */
export function claimGroups(inputs: UnitInput[], vectors: WordVectors, model: DecisionModel = FITTED_MODEL): SentenceClaims {
  const story = storyUnits(inputs, vectors);
  const scorer = new PairScorer(story);
  const decisions = new Map<number, PairDecision>();
  const size = story.units.length;
  const judge = (a: number, b: number): PairDecision => {
    const key = a < b ? a * size + b : b * size + a;
    let decision = decisions.get(key);
    if (decision === undefined) {
      decision = decide(scorer.features(story.units[a], story.units[b]), model);
      decisions.set(key, decision);
    }
    return decision;
  };
  const candidates = candidatePairs(story);
  const links: Link[] = [];
  for (const [a, b] of candidates) {
    if (!scorer.mayLink(story.units[a], story.units[b])) continue;
    const decision = judge(a, b);
    if (decision.kind !== null) links.push({ a, b, decision: { kind: decision.kind as PairKind, score: decision.score } });
  }
  const articleOf = (sentence: number) => story.units[sentence].article;
  // Groups inside others go before alike groups merge (a copy of a group is no second version of it) and
  // after (a merged group may hold others).
  const grouped = dropContainedGroups(sentenceGroups(story.units, groupUnits(story.units, links, judge)));
  const groups = dropContainedGroups(mergeAlikeGroups(grouped, articleOf));
  const partsOf = story.units.reduce(
    (parts, unit) => parts.set(unit.sentence, [...(parts.get(unit.sentence) ?? []), unit.n]),
    new Map<number, number[]>(),
  );
  const compare = (a: number, b: number): PairScore => {
    let best: PairScore | undefined;
    for (const x of partsOf.get(a) ?? []) {
      for (const y of partsOf.get(b) ?? []) {
        const features = scorer.features(story.units[x], story.units[y]);
        const score = { ...features, ...decide(features, model), clause: story.units[x].clause || story.units[y].clause };
        if (best === undefined || (score.kind !== null && (best.kind === null || score.score > best.score))) best = score;
      }
    }
    if (best === undefined) throw new Error(`no such sentences: ${a}, ${b}`);
    return best;
  };
  return {
    groups,
    stats: { sentences: story.sentences, candidatePairs: candidates.length, linkedPairs: links.length },
    compare,
    explain: (a, b) => scorer.explain(story.units[a], story.units[b]),
  };
}

/**
 * Groups of units as groups of sentences: a clause stands for its sentence (once per group). A sentence is
 * exclusive only when none of its units is in a shared group; clauses left alone are dropped. (Two groups of
 * the very same sentences, one linked by their clauses and one as wholes, are made one in ./contained.ts.)
 */
function sentenceGroups(units: Unit[], groups: ClaimGroup[]): ClaimGroup[] {
  const shared = new Set(
    groups.filter((group) => group.kind !== 'exclusive').flatMap((group) => group.members.map((m) => units[m].sentence)),
  );
  return groups.flatMap((group) => {
    const sentences =
      group.kind === 'exclusive'
        ? group.members.filter((m) => !units[m].clause && !shared.has(units[m].sentence)).map((m) => units[m].sentence)
        : [...new Set(group.members.map((m) => units[m].sentence))];
    return sentences.length === 0 ? [] : [{ ...group, members: sentences }];
  });
}
