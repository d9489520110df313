// Passes over all of an article's credited quotations (chains over paragraphs, the same words quoted twice, the
// article's main speaker) and the story-wide merge of speakers' names.

import type { Article, Quotation, Speaker } from '../../types.js';
import { sentenceAt } from './paragraphs.js';
import type { FoundQuote } from '../quotes/extract.js';
import { type Credited, wordsOf, type BlockMention } from './context.js';
import { type NameCount, acronymSpelledOut, clusterNames, firstFullNameIn } from './names.js';

/** A quotation over several paragraphs: the attribution of any part credits every part. */
export function creditChains(items: Credited[]): void {
  const chains = new Map<number, Credited>();
  for (const item of items) {
    if (item.quote.chain === undefined || !item.name) continue;
    const known = chains.get(item.quote.chain);
    // An explicit attribution beats one inherited from the paragraph before.
    if (!known || (!known.quote.raw && item.quote.raw)) chains.set(item.quote.chain, item);
  }
  for (const item of items) {
    const source = item.quote.chain === undefined ? undefined : chains.get(item.quote.chain);
    if (source && source !== item && (!item.name || !item.quote.raw)) {
      const reason =
        source.quote.block === item.quote.block
          ? 'the quotation goes on after its attribution'
          : 'the quotation runs on over several paragraphs';
      [item.name, item.person, item.reason] = [source.name, source.person, reason];
    }
  }
}

/** The same words quoted twice in one article are the same speaker's (read only if some quotation still has none). */
export function creditSameWords(article: Article, items: Credited[]): void {
  if (!items.some((item) => !item.name && item.quote.kind !== 'scare')) return;
  const byWords = new Map<string, Credited>();
  const quoteWords = items.map((item) => wordsOf(article.body, item.quote));
  items.forEach((item, i) => {
    if (item.name && item.quote.kind !== 'scare') byWords.set(quoteWords[i], item);
  });
  for (const [i, item] of items.entries()) {
    if (item.name || item.quote.kind === 'scare') continue;
    const same = byWords.get(quoteWords[i]);
    if (same) {
      [item.name, item.person, item.reason] = [same.name, same.person, 'the same words are credited earlier in the article'];
      continue;
    }
    // A heading or pull quote repeating part of a credited quotation ("My fears have been realized" ¶ Morrison
    // told the committee, "I feared … My fears have been realized."): that quotation's speaker, if only one.
    // (Not a quotation nested in another: its words lie in the outer one, which is someone else quoting them.)
    const repeated = !item.quote.nested && quoteWords[i].split(' ').length >= MIN_REPEATED_WORDS;
    const within = repeated ? containing(quoteWords[i], byWords) : null;
    if (within)
      [item.name, item.person, item.reason] = [within.name, within.person, 'its words are quoted with their speaker in the article'];
  }
}

/** An article's main speaker gives at least this share of its credited quotations, and at least MAIN_SPEAKER_MIN. */
const MAIN_SPEAKER_SHARE = 0.6;

const MAIN_SPEAKER_MIN = 5;

/** A partial quotation of at least three words (and this many characters) is a phrase someone said. */
const MAIN_SPEAKER_PHRASE = 12;

/**
 * An interview or a profile lets its subject speak without a verb each time ("How social was she? ¶ “Um. Not for
 * more than a couple of days.”"): a whole-sentence quotation with no attribution at all, in an article where one
 * person gives most of the credited quotations, is that person's — with the reason shown.
 */
export function creditMainSpeaker(items: Credited[], context: { mentions: BlockMention[]; body: string }): void {
  const counts = new Map<string, number>();
  let credited = 0;
  for (const item of items) {
    if (!item.name || item.quote.kind === 'scare') continue;
    credited++;
    if (item.person) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  }
  const [main, most] = [...counts].reduce<[string | null, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [null, 0]);
  if (!main || most < MAIN_SPEAKER_MIN || most < MAIN_SPEAKER_SHARE * credited) return;
  for (const item of items) {
    if (item.name || item.quote.kind === 'scare' || item.quote.raw || item.quote.nested) continue;
    // Quoted words inside a sentence only if they are a phrase (not a word held at arm's length) and their
    // sentence names no one else who could have said them.
    const { sentenceStart, sentenceEnd } = item.quote;
    const namesOther = context.mentions.some(
      (mention) => mention.start >= sentenceStart && mention.end <= sentenceEnd && mention.name !== main,
    );
    const phrase =
      item.quote.end - item.quote.start >= MAIN_SPEAKER_PHRASE && /\s\S+\s/.test(context.body.slice(item.quote.start, item.quote.end));
    if (item.quote.kind === 'partial' && (namesOther || !phrase)) continue;
    [item.name, item.person, item.reason] = [main, true, "the article's main speaker"];
  }
}

/** Words a repeated part of a quotation must have to count as repeated rather than a common phrase. */
const MIN_REPEATED_WORDS = 4;

/** The credited quotation whose words contain `words` as a run, if all such quotations share one speaker. */
function containing(words: string, byWords: Map<string, Credited>): Credited | null {
  const found = [...byWords].filter(([other]) => ` ${other} `.includes(` ${words} `)).map(([, item]) => item);
  return found.length > 0 && found.every((item) => item.name === found[0].name) ? found[0] : null;
}

/** The story's quotations with speakers merged story-wide (variants of one name under its canonical form). */
export function storyQuotations(
  credited: Array<{ article: Article; items: Credited[] }>,
  names: NameCount[],
  descriptions: Map<string, string>,
): { quotations: Quotation[]; speakers: Speaker[] } {
  const clusters = clusterNames(names);
  const canonicalOf = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    for (const variant of cluster.variants) if (!canonicalOf.has(variant)) canonicalOf.set(variant, index);
  });
  const used = new Map<number, Set<string>>();
  const quotations: Quotation[] = [];
  for (const { article, items } of credited) {
    const sentenceStarts = article.sentences.map((sentence) => sentence.start);
    const ordered = [...items].sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
    // (Each name credited in the article is looked up in its text once, however many quotations it speaks.)
    const spelledOut = new Map<string, string | undefined>();
    const spell = (credited: string) => {
      if (!spelledOut.has(credited))
        spelledOut.set(
          credited,
          acronymSpelledOut(article.body, credited) ?? firstFullNameIn(article.body, credited, (name) => canonicalOf.has(name)),
        );
      return spelledOut.get(credited);
    };
    for (const { quote, name: asCredited, reason } of ordered) {
      let speaker: string | null = null;
      const spelled = asCredited ? spell(asCredited) : undefined;
      const name = spelled && canonicalOf.has(spelled) ? spelled : asCredited;
      if (name) {
        const index = canonicalOf.get(name);
        speaker = index === undefined ? name : clusters[index].canonical;
        if (index !== undefined) used.set(index, used.get(index) ?? new Set());
      }
      quotations.push({
        id: `q${quotations.length + 1}`,
        article: article.id,
        sentence: sentenceAt(article, sentenceStarts, quote.start),
        start: quote.start,
        end: quote.end,
        text: article.body.slice(quote.start, quote.end),
        kind: quote.kind,
        speaker,
        speakerReason: speaker === null ? null : reason,
        nested: quote.nested,
      });
    }
  }
  for (const [raw, resolved] of descriptions) {
    const index = canonicalOf.get(resolved);
    if (index !== undefined) used.get(index)?.add(raw);
  }
  const speakers: Speaker[] = [...used.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, extra]) => ({ name: clusters[index].canonical, variants: [...new Set([...clusters[index].variants, ...extra])] }));
  return { quotations, speakers };
}

/**
 * One or two lower-case words in quotation marks that no one is credited with, in a sentence with no attribution
 * and no plain verb of saying ("the ISPs do not want to be “dumb pipes”", "it was “literally” true"): words the
 * writer holds at arm's length. (With "said" in the sentence they stay a quotation whose speaker was missed.)
 */
export function isLoneWordHeldAtArmsLength(body: string, item: Credited): boolean {
  const { quote } = item;
  if (item.name || quote.kind !== 'partial' || quote.raw || quote.cued || quote.nested) return false;
  return /^\p{Ll}[\p{L}’'-]*(?: \p{Ll}[\p{L}’'-]*)?[.,]?$/u.test(body.slice(quote.start, quote.end));
}

/**
 * Words the story uses as a name somewhere ("the “Meth. We're on it.” campaign") are that name wherever they
 * stand with no attribution of their own (a tagline alone on a line, "“Meth. We're on it” is rolling out"): a
 * slogan or a title is not speech because one paragraph quotes it bare. Several words only; one word is as
 * often a remark as a term.
 */
export function namesStayNames(credited: Array<{ article: Article; items: Credited[] }>): Array<{ article: Article; items: Credited[] }> {
  const key = (article: Article, quote: FoundQuote) => quotedNameKey(article.body.slice(quote.start, quote.end));
  const named = new Set(
    credited.flatMap(({ article, items }) =>
      items.filter(({ quote }) => quote.kind === 'scare' && !quote.nested).map(({ quote }) => key(article, quote)),
    ),
  );
  named.delete('');
  return credited.map(({ article, items }) => ({
    article,
    items: items.map((item) =>
      item.quote.kind !== 'scare' && !item.quote.raw && !item.quote.nested && named.has(key(article, item.quote))
        ? { ...item, quote: { ...item.quote, kind: 'scare' as const }, name: null, person: false, reason: null }
        : item,
    ),
  }));
}

/** Quoted words compared as a name: case, punctuation and marks aside; empty for fewer than two words. */
function quotedNameKey(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 2 ? words.join(' ') : '';
}
