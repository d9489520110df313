// Where an editor corrected the alignment, the pages say so: a small mark with what was done and why.
// Worked out from Alignment.corrections (src/align/corrections.ts); nothing here without a corrections file.
import type { AppliedCorrection, Alignment, Claim, QuoteMember } from '../types.js';

export interface EditNotes {
  /** The notes for a sentence ("article/sentence"); empty where no correction names it. */
  sentence(article: string, sentence: string): string[];
  /** Sentences an editor hid from the comparison. */
  hidden(article: string, sentence: string): boolean;
  claim(claim: Claim): string[];
  quoteMember(member: QuoteMember): string[];
}

const NONE: string[] = [];

/** What a correction did, in a reader's words, with the editor's reason. */
export function describeCorrection(correction: AppliedCorrection): string {
  const done: Record<AppliedCorrection['action'], string> = {
    link: 'linked to this claim by an editor',
    unlink: 'taken out of its claim by an editor',
    split: 'split off into a claim of its own by an editor',
    merge: 'claims merged by an editor',
    hide: 'hidden from the comparison by an editor',
    'not-a-quote': 'marked as not a quotation by an editor',
    speaker: correction.speaker ? `speaker set to ${correction.speaker} by an editor` : 'speaker cleared by an editor',
  };
  return correction.reason ? `${done[correction.action]}: ${correction.reason}` : done[correction.action];
}

export function editNotes(alignment: Alignment): EditNotes {
  const applied = alignment.corrections ?? [];
  if (applied.length === 0) return { sentence: () => NONE, hidden: () => false, claim: () => NONE, quoteMember: () => NONE };
  const notes = applied.map(describeCorrection);
  const bySentence = new Map<string, string[]>();
  const hidden = new Set<string>();
  applied.forEach((correction, index) => {
    for (const m of correction.members) {
      const key = `${m.article}/${m.sentence}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), notes[index]]);
      if (correction.action === 'hide') hidden.add(key);
    }
  });
  const of = (indices: number[] | undefined) => (indices?.length ? [...new Set(indices.map((index) => notes[index]))] : NONE);
  return {
    sentence: (article, sentence) => bySentence.get(`${article}/${sentence}`) ?? NONE,
    hidden: (article, sentence) => hidden.has(`${article}/${sentence}`),
    claim: (claim) => of(claim.corrections),
    quoteMember: (member) => of(member.corrections),
  };
}
