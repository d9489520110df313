// The decision on a pair of sentences: whether they report the same thing, how (verbatim, near-verbatim,
// paraphrase), and how sure that is.
//
// Copying and quoting are decided by rule: the same words, long runs copied, or one quotation carried by both.
// Anything else is weighed by a logistic combination of a few general measurements (see ./features.ts). The
// weights were fitted once on pairs of hand-annotated stories and rounded; the signs say what each measure
// means (every one is evidence for the same claim) and no weight is tied to a word or a story. Sharing only
// names weighs little: a shared word that is not a name, or many alike words, must carry the rest.
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
  cosine: 1.2,
  alignment: 1.2,
  vectors: 1.4,
  copied: 0.6,
  sharedRareWords: 1.6,
  sharedWords: 1.6,
  sharedName: 1.3,
  softMatches: 0.2,
  bias: -5.6,
};
/** A pair is linked as a paraphrase from this likelihood on. */
export const LINK = 0.2;

export function decide(f: PairFeatures): PairDecision {
  if (f.identical || (f.copied >= VERBATIM_SHARE && f.longCopied >= VERBATIM_SHARE)) return { kind: 'verbatim', score: 1 };
  if ((f.copied >= COPIED_SHARE && f.copiedWords >= COPIED_WORDS) || f.sameQuote) {
    return { kind: 'near-verbatim', score: Math.max(likelihood(f), (f.copied + f.longCopied) / 2, 0.5) };
  }
  const score = likelihood(f);
  // Names say who a sentence is about, not what it reports: two that share only names are not one claim.
  return { kind: score >= LINK && f.sharedWords > 0 ? 'paraphrase' : null, score };
}

/** The logistic combination of the measurements: 0..1. */
export function likelihood(f: PairFeatures): number {
  const z = WEIGHTS.bias
    + WEIGHTS.cosine * f.cosine
    + WEIGHTS.alignment * f.alignment
    + WEIGHTS.vectors * f.vectors
    + WEIGHTS.copied * f.copied
    + WEIGHTS.sharedRareWords * Math.min(f.sharedRareWords, 3) / 3
    + WEIGHTS.sharedWords * Math.min(f.sharedWords, 4) / 4
    + WEIGHTS.sharedName * (f.sharedTerms > f.sharedWords ? 1 : 0)
    + WEIGHTS.softMatches * Math.min(f.softMatches, 3) / 3;
  return 1 / (1 + Math.exp(-z));
}
