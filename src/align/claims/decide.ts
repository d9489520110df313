// The decision on a pair of sentences: whether they report the same thing, how (verbatim, near-verbatim,
// paraphrase), and how sure that is.
//
// Copying and quoting are decided by rule: the same words, long runs copied, or one quotation carried by both;
// so is one figure given by both (a number of three or more digits that is not a year) or one count of one
// thing, with more words besides; a refusal to comment is one claim only with another. Anything else is weighed
// by a logistic combination of a few general measurements (see ./features.ts), and just under its bar by the
// words few other sentences use. The weights are fitted by `npm run fit:claims` (scripts/fit-claims.ts) on
// every pair of sentences of the hand-annotated shared corpora, and rounded; fitted with one story left out
// they hold on it about as well. No weight is tied to a word or a story. Sharing only names is not enough: a
// shared word that is not a name must carry the rest.
import type { ClaimKind } from '../../types.js';
import type { PairFeatures } from './features.js';

export type PairKind = Exclude<ClaimKind, 'exclusive'>;

export interface PairDecision {
  /** How the two report the same thing, or null where they do not. */
  kind: PairKind | null;
  /** 0..1: how sure (1 for the same words). */
  score: number;
}

/** Near-verbatim: at least this share of the shorter sentence copied in runs, and at least this many words. */
export const COPIED_SHARE = 0.4;
export const COPIED_WORDS = 8;
/** Verbatim: each sentence this much copied from the other. */
const VERBATIM_SHARE = 0.9;

/** Weights of the logistic combination, and its bias. */
export const WEIGHTS = {
  cosine: 1.84,
  alignment: 1.57,
  vectors: 2.16,
  copied: -1.55,
  sharedRareWords: 0.76,
  sharedWords: 1.13,
  sharedName: 1.02,
  softMatches: 0.66,
  sharedMass: 6.04,
  bothLead: 2.84,
  bias: -6.85,
};
/**
 * A pair is linked as a paraphrase from this likelihood on: a little above where the fit gives 0.9 precision pair
 * by pair, since the grouping adds what a stricter bar leaves out (recall hardly moves, precision does).
 */
export const LINK = 0.65;

/** The likelihood from which one shared figure (see PairFeatures.sharedFigures) makes up the rest of the bar. */
export const FIGURE_FLOOR = 0.25;

/** Below the bar, from this likelihood on, words used in few other sentences (PairFeatures.wordMass) make up the rest. */
export const RARE_WORDS_FLOOR = 0.45;
/** How many such words: wordMass counts a word found in no other sentence as 1. */
export const RARE_WORDS_MASS = 2;

/** The most a refusal to comment and a sentence that is none may score (they are never one claim). */
export const NO_COMMENT_CAP = 0.2;

/** One count of one thing needs this many shared words besides (neither names, numbers nor the thing counted). */
export const COUNT_WORDS = 2;

/** The weights of the logistic combination and the bar for a paraphrase link: an option of the aligner. */
export interface DecisionModel {
  weights: typeof WEIGHTS;
  link: number;
}

/** The model fitted on every annotated story (what builds use). */
export const FITTED_MODEL: DecisionModel = { weights: WEIGHTS, link: LINK };

export function decide(f: PairFeatures, model: DecisionModel = FITTED_MODEL): PairDecision {
  if (f.identical || (f.copied >= VERBATIM_SHARE && f.longCopied >= VERBATIM_SHARE)) return { kind: 'verbatim', score: 1 };
  if ((f.copied >= COPIED_SHARE && f.copiedWords >= COPIED_WORDS) || f.sameQuote) {
    return { kind: 'near-verbatim', score: Math.max(likelihood(f, model.weights), (f.copied + f.longCopied) / 2, 0.5) };
  }
  const score = likelihood(f, model.weights);
  const linked = { kind: 'paraphrase' as const, score: Math.max(score, model.link) };
  // "X declined to comment" and a sentence on what X is doing share X and little else that matters.
  if (f.oneNoComment) return { kind: null, score: Math.min(score, NO_COMMENT_CAP) };
  // A figure singles out a fact: two sentences that give the same one, share two more words and come near the
  // bar on the rest report it ("cost the state $449,000" / "the state has paid the agency $449,000").
  if (f.sharedFigures > 0 && f.sharedWords >= f.sharedFigures + 2 && score >= FIGURE_FLOOR) return linked;
  // So does one count of one thing, with two more words besides ("The 14 companies … can bid on … delivery" /
  // "All 14 companies are now eligible to bid on … the delivery of payloads").
  if (f.sameCount && f.sharedPlainWords >= COUNT_WORDS) return linked;
  // Names say who a sentence is about, not what it reports: two that share only names are not one claim.
  if (score >= model.link && f.sharedWords > 0) return linked;
  // Near the bar, words that few other sentences use carry it.
  if (score >= RARE_WORDS_FLOOR && f.wordMass >= RARE_WORDS_MASS) return linked;
  return { kind: null, score };
}

/** The measurements as the logistic combination takes them, in the order of FEATURE_NAMES. */
export const FEATURE_NAMES = [
  'cosine',
  'alignment',
  'vectors',
  'copied',
  'sharedRareWords',
  'sharedWords',
  'sharedName',
  'softMatches',
  'sharedMass',
  'bothLead',
] as const;

export function decisionInputs(f: PairFeatures): number[] {
  return [
    f.cosine,
    f.alignment,
    f.vectors,
    f.copied,
    Math.min(f.sharedRareWords, 3) / 3,
    Math.min(f.sharedWords, 4) / 4,
    f.sharedTerms > f.sharedWords ? 1 : 0,
    Math.min(f.softMatches, 3) / 3,
    Math.min(f.sharedMass, 4) / 4,
    f.bothLead ? 1 : 0,
  ];
}

/** The logistic combination of the measurements: 0..1. */
export function likelihood(f: PairFeatures, weights: DecisionModel['weights'] = WEIGHTS): number {
  const inputs = decisionInputs(f);
  const z = FEATURE_NAMES.reduce((sum, name, i) => sum + weights[name] * inputs[i], weights.bias);
  return 1 / (1 + Math.exp(-z));
}
