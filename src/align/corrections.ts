// An editor's corrections, applied right after alignment: alignment × corrections → corrected alignment.
// Sentences are named as "<article id>: <its first words>", so a correction survives renumbering and
// reports, as a warning at its line, when the text it names is gone. A correction whose sentences cannot
// all be found is not applied at all (never half).
import { slugify } from '../ids.js';
import { nearestName } from '../suggest.js';
import { findConflicts } from './conflicts.js';
import { speakersDiffer } from './quotes/index.js';
import type {
  AppliedCorrection,
  Alignment,
  Article,
  Claim,
  Correction,
  Corrections,
  Located,
  Member,
  Quotation,
  QuoteGroup,
  Sentence,
  Story,
  Warning,
} from '../types.js';

export interface CorrectedAlignment {
  alignment: Alignment;
  /** The story's quotations with the editor's speakers and “not a quotation” marks. */
  quotations: Quotation[];
  warnings: Warning[];
}

/** A group of sentences being reshaped: the claim it started as, if any, and the corrections that touched it. */
interface Group {
  members: Member[];
  origin?: Claim;
  /** Claims the members came from (for the kind and score of a group an editor made). */
  sources: Set<Claim>;
  touched: number[];
  added: boolean;
}

/** Everything the corrections change, as they are applied one after another. */
interface Work {
  story: Story;
  groups: Group[];
  groupOf: Map<string, Group>;
  claimOf: Map<string, Claim>;
  quotations: Map<string, Quotation>;
  /** Quotation id → the corrections that changed it. */
  quoteEdits: Map<string, number[]>;
  hidden: Set<string>;
  applied: AppliedCorrection[];
  warnings: Warning[];
  path: string;
}

const key = (m: Member) => `${m.article}\u0000${m.sentence}`;

/** Apply a story's corrections to its alignment. Without corrections, the alignment is returned as it is. */
export function applyCorrections(
  story: Story,
  quotations: Quotation[],
  alignment: Alignment,
  corrections: Corrections | undefined,
): CorrectedAlignment {
  if (!corrections) return { alignment, quotations, warnings: [] };
  const work: Work = {
    story,
    groups: [],
    groupOf: new Map(),
    claimOf: new Map(),
    quotations: new Map(quotations.map((q) => [q.id, q])),
    quoteEdits: new Map(),
    hidden: new Set(),
    applied: [],
    warnings: [],
    path: corrections.path,
  };
  for (const claim of alignment.claims) {
    const group: Group = { members: [...claim.members], origin: claim, sources: new Set([claim]), touched: [], added: false };
    work.groups.push(group);
    for (const m of claim.members) {
      work.groupOf.set(key(m), group);
      work.claimOf.set(key(m), claim);
    }
  }
  for (const correction of corrections.corrections) applyOne(work, correction);
  const { claims, exclusives } = claimsOf(work);
  const quotes = quoteGroupsOf(work, alignment.quotes);
  return {
    // Conflicts found again: the corrected claims and speakers are what the versions are compared by.
    alignment: { ...alignment, claims, quotes, exclusives, conflicts: findConflicts(story, claims, quotes), corrections: work.applied },
    quotations: quotations.map((q) => work.quotations.get(q.id)!),
    warnings: work.warnings,
  };
}

function applyOne(work: Work, correction: Correction): void {
  const found = correction.sentences.map((ref) => findSentence(work, ref));
  if (found.some((f) => f === undefined)) return;
  const members = (found as Array<{ article: Article; sentence: Sentence }>).map(({ article, sentence }) => ({
    article: article.id,
    sentence: sentence.id,
  }));
  const index = work.applied.length;
  const record: AppliedCorrection = {
    action: correction.action,
    line: correction.line,
    members,
    ...(correction.reason ? { reason: correction.reason } : {}),
  };
  if (correction.action === 'speaker' || correction.action === 'not-a-quote') {
    const quotation = findQuotation(work, correction, found[0]!);
    if (!quotation) return;
    const changed: Quotation =
      correction.action === 'speaker'
        ? { ...quotation, speaker: correction.speaker ?? null, speakerReason: null }
        : { ...quotation, kind: 'scare', speaker: null, speakerReason: null };
    work.quotations.set(quotation.id, changed);
    work.quoteEdits.set(quotation.id, [...(work.quoteEdits.get(quotation.id) ?? []), index]);
    work.applied.push({ ...record, quotation: quotation.id, ...(correction.action === 'speaker' ? { speaker: changed.speaker } : {}) });
    return;
  }
  work.applied.push(record);
  reshape(work, correction.action, members, index);
}

/** link, unlink, split, merge, hide: move sentences between groups. */
function reshape(work: Work, action: Correction['action'], members: Member[], index: number): void {
  const touch = (group: Group | undefined) => group && !group.touched.includes(index) && group.touched.push(index);
  const take = (m: Member): void => {
    const from = work.groupOf.get(key(m));
    if (!from) return;
    from.members = from.members.filter((other) => key(other) !== key(m));
    touch(from);
    work.groupOf.delete(key(m));
  };
  const put = (m: Member, to: Group): void => {
    if (work.groupOf.get(key(m)) === to) return;
    take(m);
    work.hidden.delete(key(m));
    to.members.push(m);
    to.added = true;
    const source = work.claimOf.get(key(m));
    if (source) to.sources.add(source);
    work.groupOf.set(key(m), to);
  };
  const fresh = (): Group => {
    const group: Group = { members: [], sources: new Set(), touched: [], added: true };
    work.groups.push(group);
    return group;
  };
  const [first, ...rest] = members;
  if (action === 'hide') {
    take(first);
    work.hidden.add(key(first));
  } else if (action === 'unlink' || action === 'split') {
    const group = fresh();
    for (const m of members) put(m, group);
    touch(group);
  } else {
    const target = work.groupOf.get(key(first)) ?? fresh();
    if (!target.members.some((m) => key(m) === key(first))) put(first, target);
    for (const m of rest) {
      const from = work.groupOf.get(key(m));
      // merge takes the sentence's whole claim along; link takes the sentence alone.
      for (const moved of action === 'merge' && from ? [...from.members] : [m]) put(moved, target);
    }
    touch(target);
  }
}

/** The claims after the corrections: ordered and numbered as the aligner does, exclusives worked out again. */
function claimsOf(work: Work): { claims: Claim[]; exclusives: Record<string, string[]> } {
  const { articles } = work.story;
  const articleIndex = new Map(articles.map((article, index) => [article.id, index]));
  const sentenceIndex = new Map(
    articles.flatMap((article) => article.sentences.map((s) => [`${article.id}\u0000${s.id}`, s.index] as [string, number])),
  );
  const place = (m: Member): [number, number] => [articleIndex.get(m.article) ?? 0, sentenceIndex.get(key(m)) ?? 0];
  const built = work.groups
    .filter((group) => group.members.length > 0)
    .map((group) => {
      const members = [...group.members].sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
      const carriers = new Set(members.map((m) => m.article));
      const carriedBy = articles.filter((article) => carriers.has(article.id)).map((article) => article.id);
      return { group, members, carriedBy, first: place(members[0]) };
    });
  built.sort((x, y) => y.carriedBy.length - x.carriedBy.length || x.first[0] - y.first[0] || x.first[1] - y.first[1]);
  const exclusives: Record<string, string[]> = Object.fromEntries(articles.map((article) => [article.id, [] as string[]]));
  const claims = built.map(({ group, members, carriedBy }, i): Claim => {
    const { kind, score } = kindOf(group, members);
    if (kind === 'exclusive') for (const m of members) exclusives[m.article]?.push(m.sentence);
    const carried = new Set(carriedBy);
    return {
      id: `c${i + 1}`,
      kind,
      score,
      members,
      carriedBy,
      omittedBy: articles.filter((article) => !carried.has(article.id)).map((article) => article.id),
      ...(group.touched.length ? { corrections: [...group.touched].sort((a, b) => a - b) } : {}),
    };
  });
  for (const [article, ids] of Object.entries(exclusives))
    ids.sort((a, b) => (sentenceIndex.get(`${article}\u0000${a}`) ?? 0) - (sentenceIndex.get(`${article}\u0000${b}`) ?? 0));
  return { claims, exclusives };
}

/**
 * A reshaped group's kind and score: one sentence is an exclusive; what is left of a machine's claim keeps
 * its kind; a group an editor put together is a paraphrase with the lowest score of the claims it draws on.
 */
function kindOf(group: Group, members: Member[]): Pick<Claim, 'kind' | 'score'> {
  if (members.length === 1) return { kind: 'exclusive', score: 1 };
  if (group.origin && !group.added)
    return { kind: group.origin.kind === 'exclusive' ? 'paraphrase' : group.origin.kind, score: group.origin.score };
  const scores = [...group.sources].filter((claim) => claim.kind !== 'exclusive').map((claim) => claim.score);
  return { kind: 'paraphrase', score: scores.length ? Math.min(...scores) : 0 };
}

/** The quote groups with the editor's speakers, without quotations marked as none or in hidden sentences. */
function quoteGroupsOf(work: Work, groups: QuoteGroup[]): QuoteGroup[] {
  const kept = groups.map((group, position) => {
    const members = group.members
      .filter((m) => work.quotations.get(m.quotation)?.kind !== 'scare' && !work.hidden.has(key(m)))
      .map((m) => {
        const edits = work.quoteEdits.get(m.quotation);
        // The editor's speaker is given, not found: no reason to show.
        return edits
          ? {
              ...m,
              speaker: work.quotations.get(m.quotation)!.speaker,
              speakerReason: null,
              kind: work.quotations.get(m.quotation)!.kind,
              corrections: edits,
            }
          : m;
      });
    return { group, members, position, articles: new Set(members.map((m) => m.article)).size };
  });
  const changed = kept.some(
    ({ group, members }) => members.length !== group.members.length || members.some((m, i) => m !== group.members[i]),
  );
  if (!changed) return groups;
  const remaining = kept.filter(({ members }) => members.length > 0);
  remaining.sort((a, b) => b.articles - a.articles || a.position - b.position);
  return remaining.map(({ group, members }, index) => {
    const speakers = members.map((m) => m.speaker).filter((s): s is string => s !== null);
    return {
      ...group,
      id: `g${index + 1}`,
      members,
      speaker: mostCommon(speakers),
      speakerConflict: speakersDiffer(speakers),
      truncated: members.length > 1 && group.truncated,
    };
  });
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (best === null || counts.get(value)! > counts.get(best)!) best = value;
  }
  return best;
}

// ── finding what a correction names ─────────────────────────────────────────

/** Text as an editor may copy it: quotation marks, case, spacing and a closing ellipsis do not matter. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/["'“”‘’«»„‚‹›]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?:…|\.\.\.)\s*$/, '')
    .trim()
    .toLowerCase();
}

/** The sentence "<article id>: <first words>" names, or a warning at the reference saying why there is none. */
function findSentence(work: Work, ref: Located<string>): { article: Article; sentence: Sentence } | undefined {
  const warn = (message: string) => void work.warnings.push({ path: work.path, line: ref.line, column: ref.column, message });
  const colon = ref.value.indexOf(':');
  if (colon < 0)
    return warn(
      `“${ref.value}” names no article: write it as “<article>: <the sentence's first words>”, e.g. “${work.story.articles[0].id}: ${firstWords(work.story.articles[0].sentences[0]?.text ?? '')}”`,
    );
  const name = ref.value.slice(0, colon).trim();
  const ids = work.story.articles.map((article) => article.id);
  const article = work.story.articles.find((a) => a.id === name) ?? work.story.articles.find((a) => a.id === slugify(name));
  if (!article) {
    const meant = nearestName(slugify(name), ids);
    return warn(
      `this story has no article “${name}”${meant ? ` (did you mean “${meant}”?)` : ''}; its articles are ${ids.join(', ')}. The correction was not applied`,
    );
  }
  const words = comparable(ref.value.slice(colon + 1));
  if (words === '') return warn(`“${ref.value}” gives no words: add the first words of the sentence after “${name}: ”`);
  const matches = article.sentences.filter((sentence) => comparable(sentence.text).startsWith(words));
  if (matches.length === 1) return { article, sentence: matches[0] };
  if (matches.length > 1)
    return warn(
      `${matches.length} sentences of “${article.id}” start with “${ref.value.slice(colon + 1).trim()}”: add words until only one does. The correction was not applied`,
    );
  return warn(
    `no sentence of “${article.id}” starts with “${ref.value.slice(colon + 1).trim()}” any more (the text may have changed): copy the sentence's first words from the article again, or remove this correction. It was not applied`,
  );
}

/** The quotation a speaker or not-a-quote correction names: the sentence's only one, or the one its words start. */
function findQuotation(work: Work, correction: Correction, found: { article: Article; sentence: Sentence }): Quotation | undefined {
  const { article, sentence } = found;
  const where = correction.words ?? correction.sentences[0];
  const warn = (message: string) => void work.warnings.push({ path: work.path, line: where.line, column: where.column, message });
  // Scare quotes are not quotations already: neither needs a speaker nor can be marked as none.
  const inSentence = [...work.quotations.values()].filter(
    (q) =>
      q.kind !== 'scare' && q.article === article.id && (q.sentence === sentence.id || (q.start < sentence.end && q.end > sentence.start)),
  );
  const words = correction.words ? comparable(correction.words.value) : undefined;
  const matches = words === undefined ? inSentence : inSentence.filter((q) => comparable(q.text).startsWith(words));
  if (matches.length === 1) return matches[0];
  if (inSentence.length === 0)
    return warn(
      `the sentence “${correction.sentences[0].value}” holds no quotation any more (the text may have changed): check it, or remove this correction. It was not applied`,
    );
  if (matches.length === 0)
    return warn(
      `no quotation in that sentence starts with “${correction.words!.value}”; its quotations start ${inSentence.map((q) => `“${firstWords(q.text)}”`).join(', ')}. The correction was not applied`,
    );
  return warn(
    `the sentence holds ${matches.length} quotations: add “words:” with the first words of the one you mean (${matches.map((q) => `“${firstWords(q.text)}”`).join(', ')}). The correction was not applied`,
  );
}

function firstWords(text: string, count = 6): string {
  return text.split(/\s+/).slice(0, count).join(' ');
}
