// Interviews in news copy: who answers a quoted question, and whose words a transcript's answer quotes.

import type { FoundQuote } from '../quotes/extract.js';
import { INTERVIEWER_NOUNS } from '../../lexicon.js';
import { type ArticleContext, type Credit, type Credited, genderIn, genderKey } from './context.js';
import { opensParagraph, paragraphStartOf, previousParagraphStartOf } from './paragraphs.js';
import { resolvePronoun } from './pronouns.js';

const ASKED = /\bask(?:ed|s)\b/i;

/**
 * The quoted question a quotation answers: the quotation right before it, in its paragraph or the one before,
 * opens its paragraph (an interviewer's turn, not a speaker's own "What will it do?" he asked, after what they
 * said), ends on a question mark and its sentence says it was asked (“Are you going to resign?” one journalist
 * asked him) — and put to someone: by the writer ("I asked"), an interviewer ("a reporter asked"), to someone
 * ("asked him", "asked Owen Price") or as "you". ("“Why should we pay?” one resident asked." is her own point.)
 */
function questionBefore(body: string, quote: FoundQuote, items: Credited[]): Credited | undefined {
  const previous = items.filter((item) => !item.quote.nested && item.quote.open < quote.open).at(-1);
  if (!previous || quote.block - previous.quote.block > 1) return undefined;
  const question = previous.quote;
  if (!opensParagraph(body, question.open)) return undefined;
  const words = body.slice(question.start, question.end);
  if (!/\?\s*$/.test(words)) return undefined;
  const asking = `${body.slice(question.sentenceStart, question.open)} ${body.slice(question.after, question.sentenceEnd)}`;
  if (!ASKED.test(asking)) return undefined;
  const putTo =
    /\b(?:I|we)\s+ask(?:ed|s)\b|\bask(?:ed|s)\s+(?:him|her|\p{Lu})/u.test(asking) ||
    /\byour?\b/i.test(words) ||
    INTERVIEWER_NOUNS.has(previous.name?.toLowerCase().split(/\s+/).at(-1) ?? '');
  return putTo ? previous : undefined;
}

/**
 * Answer to a question: "“Are you going to resign?” one journalist asked him. ¶ “Absolutely not,” he said." —
 * "he" is the one asked, not the asker: someone the question's sentence names after the quotation ("the host asked
 * Owen Price"), else whom the pronoun would have meant just before the question, the asker aside.
 */
function answererOf(context: ArticleContext, quote: FoundQuote, items: Credited[], pronoun: 'he' | 'she'): string | undefined {
  const body = context.article.body;
  const asked = questionBefore(body, quote, items);
  if (!asked) return undefined;
  const question = asked.quote;
  // "Finance Minister Thangam Thennarasu said …. “…,” he said": the answer's own paragraph says who.
  const limit = quote.speakerAt ?? quote.open;
  if (context.personMentions.some((mention) => mention.block === quote.block && mention.end <= limit && mention.start > question.after))
    return undefined;
  const genderOf = genderIn(context);
  const asker = (name: string) => asked.name !== null && genderKey(context, name) === genderKey(context, asked.name);
  const fits = (name: string) => (genderOf(name) ?? pronoun) === pronoun && !asker(name);
  const object = context.personMentions.find(
    (mention) => mention.start >= question.after && mention.end <= question.sentenceEnd && fits(mention.name),
  );
  if (object) return object.name;
  const others = context.personMentions.filter((mention) => !asker(mention.name));
  const earlier = items.filter((item) => item.quote.open < question.open && !(item.name && asker(item.name)));
  const at = { ...question, speakerAt: Math.min(question.sentenceStart, question.open) };
  const resolved = resolvePronoun(at, earlier, others, genderOf, pronoun, body);
  return resolved && !asker(resolved) ? resolved : undefined;
}

/** The credit of an answer by "he" or "she" to a question put to someone (answererOf), if it is one. */
export function answerCredit(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | undefined {
  const pronoun = quote.raw?.kind === 'pronoun' ? quote.raw.pronoun : undefined;
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  const name = answererOf(context, quote, items, pronoun);
  return name ? { name, person: true, reason: `resolved from '${pronoun}'` } : undefined;
}

/** A paragraph opening on a short label and a colon ("Q:", "Briggs:", "**Herald:**"): a transcript's turn. */
const TURN_LABEL = /^[\s>]*(?:\*\*)?\p{Lu}[\p{L}\p{N}.'’ -]{0,40}?(?:\*\*)?:(?:\*\*)?\s/gmu;

/**
 * A transcript's turn labelled with the speaker's name ("Briggs: Disappointed. I told the players, “…”"): its
 * quotations with no attribution, or with "I said", are the labelled speaker's. Only in a transcript — at least two
 * paragraphs open on a label — and only for a label the text names as someone (not "Update:", "Photo:").
 */
export function turnSpeaker(context: ArticleContext, quote: FoundQuote): { name: string; person: boolean } | undefined {
  const raw = quote.raw;
  const saidI = raw?.kind === 'pronoun' && raw.pronoun === 'i';
  if (quote.nested || quote.kind === 'scare' || (raw ? !saidI : quote.kind !== 'full')) return undefined;
  const body = context.article.body;
  if ((body.match(TURN_LABEL) ?? []).length < 2) return labelLineSpeaker(context, quote);
  const start = paragraphStartOf(body, quote.open);
  const label = context.mentions.find(
    (mention) =>
      mention.block === quote.block &&
      /\p{L}{2}/u.test(mention.name) &&
      /^[\s>]*(?:\*\*)?$/.test(body.slice(start, mention.start)) &&
      /^(?:\*\*)?:/.test(body.slice(mention.end)),
  );
  if (label) return { name: label.name, person: context.people.isPerson(label) };
  // "Cross: “…?”" — a surname that is also a word is no mention of its own: the person the text named so.
  const word = /^[\s>]*(?:\*\*)?(\p{Lu}[\p{L}'’-]+)(?:\*\*)?:/u.exec(body.slice(start))?.[1];
  const named = word && context.personMentions.find((mention) => mention.end <= start && mention.name.split(/\s+/).at(-1) === word);
  return named ? { name: named.name, person: true } : undefined;
}

/** The sentence right before, opening on an asking clause and then "he"/"she" ("When I asked about the ban, he laughed."). */
const ANSWERING =
  /(?:^|[.!?]["”’)]?\s+)(?:When\s+(?:(?:I|we)\s+asked|(?:he|she)\s+was\s+asked|asked)|Asked)\b[^.!?]*?,\s+(he|she)\s+[^.!?]*[.!?]["”’)]?\s*$/;

/**
 * “When I asked about the smoking ban, he laughed. “Best thing that ever happened to this pub.””: a quotation
 * opening its sentence after a sentence in which "he" or "she" is asked something is the answer, theirs.
 */
export function answeringPronounIn(text: string): { word: string; at: number } | null {
  const match = ANSWERING.exec(text);
  return match ? { word: match[1], at: match.index + match[0].lastIndexOf(`, ${match[1]} `) + 2 } : null;
}

/**
 * A name on a line of its own, its role after a comma, then a line that opens on a quotation: how a broadcaster's
 * web transcript labels who speaks next ("Marisol Cuellar, Statistician General ¶ “What we are seeing …”").
 */
const LABEL_LINE = /^[\s>]*(?:\*\*)?(\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,[^\n.!?:;“”"]{1,80})?(?:\*\*)?[ \t]*\n+[\s>]*[“"]/gmu;

/**
 * A quotation opening its line, the line before a label (LABEL_LINE) whose name the text names as someone: the
 * labelled speaker's. Only in a transcript so labelled — at least two such labels.
 */
function labelLineSpeaker(context: ArticleContext, quote: FoundQuote): { name: string; person: boolean } | undefined {
  const body = context.article.body;
  if (!opensParagraph(body, quote.open)) return undefined;
  const start = paragraphStartOf(body, quote.open);
  const labels = [...body.matchAll(LABEL_LINE)];
  if (labels.length < 2) return undefined;
  const lineStart = previousParagraphStartOf(body, start);
  const nameStart = (match: RegExpMatchArray) => (match.index ?? 0) + match[0].indexOf(match[1]);
  const label = labels.find((match) => nameStart(match) >= lineStart && nameStart(match) < start);
  if (!label) return undefined;
  const nameEnd = nameStart(label) + label[1].length;
  const named = context.mentions.find((mention) => mention.start >= lineStart && mention.end <= nameEnd && mention.end >= nameEnd - 1);
  return named ? { name: named.name, person: !named.body } : undefined;
}
