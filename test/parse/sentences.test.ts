import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { RULES, splitSentences, type Span } from '../../src/parse/sentences/index.js';

// ── helpers ────────────────────────────────────────────────────────────────

const STORY = path.join(import.meta.dirname, '../../articles/kerry-lavrov-moscow-talks');

/** The article's body (after the front matter), split at blank lines into paragraphs. */
function paragraphs(name: string): string[] {
  const body = matter(readFileSync(path.join(STORY, `${name}.md`), 'utf8')).content;
  return body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The sentence texts of a piece of text. */
function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

/** The sentences of the one paragraph of `name` that contains `snippet`. */
function paragraphSentences(name: string, snippet: string): string[] {
  const found = paragraphs(name).filter((p) => p.includes(snippet));
  expect(found, `one paragraph of ${name} contains ${JSON.stringify(snippet)}`).toHaveLength(1);
  return sentences(found[0]);
}

function articleSentences(name: string): string[] {
  return paragraphs(name).flatMap(sentences);
}

const WHITESPACE = /\s/;

/** The contract of splitSentences, checked in one pass. Returns a description of the first breach, or null. */
function breach(text: string, spans: Span[]): string | null {
  let previousEnd = 0;
  let covered = 0; // every non-whitespace character before this index is covered
  for (const [n, { start, end }] of spans.entries()) {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `span ${n} has non-integer offsets`;
    if (start < previousEnd) return `span ${n} overlaps or is out of order`;
    if (end <= start || end > text.length) return `span ${n} is empty or out of bounds`;
    if (WHITESPACE.test(text[start]) || WHITESPACE.test(text[end - 1])) return `span ${n} is not trimmed`;
    if (splitsPair(text, start) || splitsPair(text, end)) return `span ${n} cuts a surrogate pair`;
    for (let i = covered; i < start; i++) if (!WHITESPACE.test(text[i])) return `character ${i} is in no sentence`;
    covered = end;
    previousEnd = end;
  }
  for (let i = covered; i < text.length; i++) if (!WHITESPACE.test(text[i])) return `character ${i} is in no sentence`;
  return null;
}

/** Is `i` between the two halves of a surrogate pair? */
function splitsPair(text: string, i: number): boolean {
  const high = text.charCodeAt(i - 1);
  const low = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function expectValid(text: string): Span[] {
  const spans = splitSentences(text);
  expect(breach(text, spans)).toBeNull();
  return spans;
}

// ── the API ────────────────────────────────────────────────────────────────

describe('splitSentences', () => {
  it('returns offsets into the text, trimmed', () => {
    const text = '  He left.  She stayed.\n';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 10 },
      { start: 12, end: 23 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('keeps a text without a final full stop as one sentence', () => {
    expect(sentences('A headline without a stop')).toEqual(['A headline without a stop']);
  });

  it('has one file per correction rule, named for what it does', () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'merge-after-abbreviation',
      'split-missing-space-after-full-stop',
      'split-after-number-full-stop',
      'split-after-initialism-before-sentence-starter',
      'split-after-final-abbreviation',
      'split-after-plain-word-read-as-unit',
      'split-at-other-script-terminal',
      'keep-closing-quote-with-sentence',
      'merge-across-ellipsis',
      'merge-inside-short-name-in-quotes',
      'merge-single-word-full-stop',
      'merge-attribution-after-quote',
    ]);
  });
});

// ── the five articles ──────────────────────────────────────────────────────

describe('the Kerry–Lavrov articles', () => {
  it.each([
    ['bridge-divides', 13],
    ['common-ground', 16],
    ['crisis-talks', 15],
    ['peace-process', 18],
    ['real-progress', 24],
  ])('splits %s into %i sentences', (name, count) => {
    expect(articleSentences(name)).toHaveLength(count);
  });

  it('splits every paragraph of every article validly', () => {
    for (const name of ['bridge-divides', 'common-ground', 'crisis-talks', 'peace-process', 'real-progress']) {
      for (const p of paragraphs(name)) expectValid(p);
    }
  });
});

// ── initialisms and abbreviations ───────────────────────────────────────────

describe('initialisms', () => {
  it("keeps 'U.S. Secretary' in one sentence", () => {
    expect(paragraphSentences('real-progress', 'U.S. Secretary')).toEqual([
      'U.S. Secretary of State John Kerry said he wanted to use a visit to Moscow on Tuesday to make “real progress” in narrowing differences with Russian leader Vladimir Putin over how to end the conflict in Syria.',
    ]);
    expect(paragraphSentences('peace-process', 'U.S. Secretary')).toEqual([
      'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry began talks in Moscow on resolving the Syrian civil war and combating Islamic State.',
    ]);
  });

  it("does not split after 'The U.S.'", () => {
    expect(paragraphSentences('crisis-talks', 'The U.S. has been pressing')).toEqual([
      'The U.S. has been pressing its European allies to continue applying sanctions on Russian Federation because of its annexation previous year of Crimea and its support for the separatists.',
      'The sooner Russia implements a February cease-fire that calls for withdrawal of Russian forces and materiel and a release of all prisoners, he said, the sooner that “sanctions can be rolled back”.',
    ]);
    expect(paragraphSentences('common-ground', 'attacked U.S. policy')).toEqual([
      'Ahead of the talks, the Russian foreign ministry attacked U.S. policy, accusing Washington of “dividing terrorists into good and bad ones”.',
    ]);
  });

  it("keeps 'US-led' inside its sentence", () => {
    expect(paragraphSentences('bridge-divides', 'US-led')).toContain(
      'A US-led coalition has been targeting IS militants in Syria since September 2014 and does not co-ordinate its raids with the authorities in Damascus.',
    );
  });

  it('ends a sentence after an initialism when the next word opens one', () => {
    expect(sentences('The talks were held in the U.S. The next day he left.')).toEqual([
      'The talks were held in the U.S.',
      'The next day he left.',
    ]);
    expect(sentences('He arrived at 9 a.m. He left at noon.')).toEqual(['He arrived at 9 a.m.', 'He left at noon.']);
    expect(sentences('The U.N. Security Council met.')).toEqual(['The U.N. Security Council met.']);
  });
});

describe('titles', () => {
  it("keeps 'Mr Kerry' and 'Mr. Kerry' inside the sentence", () => {
    expect(paragraphSentences('bridge-divides', 'Mr Kerry is to try')[0]).toBe(
      'Mr Kerry is to try to prepare the ground for an international meeting on Syria mooted for later this week.',
    );
    expect(sentences('Mr. Kerry met Mr. Lavrov. They talked.')).toEqual(['Mr. Kerry met Mr. Lavrov.', 'They talked.']);
  });

  it.each([
    'Dr.',
    'Gen.',
    'Sen.',
    'Gens.',
    'Sens.',
    'Rep.',
    'Gov.',
    'Lt. Col.',
    'Adm.',
    'Capt.',
    'Prof.',
    'Mrs.',
    'Ms.',
    'St.',
    'Engr.',
    'Atty.',
    'Ven.',
  ])("does not split after '%s'", (title) => {
    const text = `They met ${title} Jones in Moscow. Then they left.`;
    expect(sentences(text)).toEqual([`They met ${title} Jones in Moscow.`, 'Then they left.']);
  });

  it("ends a sentence after 'Jr.', 'Inc.', 'ft.', 'etc.' when the next word opens one", () => {
    expect(sentences('He quoted Martin Luther King Jr. The crowd cheered. King Jr. was there.')).toEqual([
      'He quoted Martin Luther King Jr.',
      'The crowd cheered.',
      'King Jr. was there.',
    ]);
    expect(sentences('The wall is 10 ft. The roof is low.')).toEqual(['The wall is 10 ft.', 'The roof is low.']);
    expect(sentences('They sold oil, gas, etc. But prices fell.')).toEqual(['They sold oil, gas, etc.', 'But prices fell.']);
    expect(sentences('He works for Acme Inc. in Moscow.')).toEqual(['He works for Acme Inc. in Moscow.']);
  });

  it("ends a sentence after 'Inc.' when a quotation opens on a capital, not on a small letter", () => {
    expect(sentences('“She left,” said Joy Hall, director of Woman Inc. “The system has to be ready.”')).toEqual([
      '“She left,” said Joy Hall, director of Woman Inc.',
      '“The system has to be ready.”',
    ]);
    expect(sentences('She joined Acme Inc. “as a favour” to him.')).toEqual(['She joined Acme Inc. “as a favour” to him.']);
  });

  it("ends a sentence on the everyday words 'in', 'sat' and 'wed', which the library reads as units and days", () => {
    expect(sentences('Both sides are digging in. One source said so.')).toEqual(['Both sides are digging in.', 'One source said so.']);
    expect(sentences('She sat. The jury wept. They wed. “We are happy,” she said.')).toEqual([
      'She sat.',
      'The jury wept.',
      'They wed.',
      '“We are happy,” she said.',
    ]);
    expect(sentences('It fell 6 in. Then it stopped.')).toEqual(['It fell 6 in. Then it stopped.']);
  });

  it("does not split after 'No.' or 'vs.'", () => {
    expect(sentences('It was resolution No. 2254 vs. the old plan. It passed.')).toEqual([
      'It was resolution No. 2254 vs. the old plan.',
      'It passed.',
    ]);
  });
});

describe('abbreviated dates', () => {
  it("keeps 'a planned Jan. 1 ceasefire' in one sentence", () => {
    expect(paragraphSentences('real-progress', 'Jan. 1')).toEqual([
      'Kerry’s talks in Moscow will delve deeper into details of a planned Jan. 1 ceasefire in Syria, as well as Monday’s comments by Russia on supporting the Free Syrian Army (FSA), which has been fighting Russian- and Iranian-backed government forces.',
    ]);
  });

  it("ends the paragraph's sentence at 'on Nov. 24.'", () => {
    expect(paragraphSentences('real-progress', 'Nov. 24')).toEqual([
      'White House spokesman Josh Earnest said Kerry will encourage continued efforts by Russia to de-escalate tensions with Turkey after it shot down a Russian military plane near the Syria border on Nov. 24.',
    ]);
  });

  it("ends a sentence at 'Nov. 24.' followed by another", () => {
    expect(sentences('The plane was shot down on Nov. 24. Then talks began on Dec. 1 in Vienna.')).toEqual([
      'The plane was shot down on Nov. 24.',
      'Then talks began on Dec. 1 in Vienna.',
    ]);
  });

  it('ends a sentence at a number and a full stop followed by a quotation (“said Mrs Marchant, 74. “My …”)', () => {
    expect(sentences('“We were mad,” said Mrs Marchant, 74. “My mother despaired.”')).toEqual([
      '“We were mad,” said Mrs Marchant, 74.',
      '“My mother despaired.”',
    ]);
    // (Also before "I" with its verb run on: "I’ve", "I'm".)
    expect(sentences('“It breathed,” said Mr Munro, 71. “I’ve lived here all my days.”')).toEqual([
      '“It breathed,” said Mr Munro, 71.',
      '“I’ve lived here all my days.”',
    ]);
  });

  it('keeps a numbered list marker with its item', () => {
    expect(sentences('1. The first point.')).toEqual(['1. The first point.']);
  });
});

// ── missing space after a full stop ─────────────────────────────────────────

describe('a missing space after a full stop', () => {
  it('splits all the glued sentences of bridge-divides’ first paragraph', () => {
    expect(paragraphSentences('bridge-divides', 'civil war.He is now')).toEqual([
      'US Secretary of State John Kerry is in Moscow for talks to try to bridge gaps with Russia over the political process to end Syria’s civil war.',
      'He is now in talks with Foreign Minister Sergei Lavrov and will later meet President Vladimir Putin.',
      'The US and Russia have long disagreed on what role Syrian President Bashar al-Assad should play in the process.',
      'The US wants Mr Assad to stand down but Russia says only the Syrian people can decide his fate.',
      'Ahead of the talks, the Russian foreign ministry attacked US policy, accusing Washington of “dividing terrorists into good and bad ones”.',
      'Russia has been carrying out air strikes it says target position of the Islamic State (IS) group in Syria, but the US accuses Russia of bombing moderate rebels to shore up its ally President Assad.',
      'Moscow denies the allegations.',
      'A US-led coalition has been targeting IS militants in Syria since September 2014 and does not co-ordinate its raids with the authorities in Damascus.',
      'Russia has also rejected the outcome of a meeting of Syrian opposition groups, who agreed to unite to hold peace talks but stressed President Assad could not participate in a political transition.',
    ]);
  });

  it('splits the glued sentences of bridge-divides’ second paragraph', () => {
    expect(paragraphSentences('bridge-divides', 'this week.There')).toEqual([
      'Mr Kerry is to try to prepare the ground for an international meeting on Syria mooted for later this week.',
      'There are some doubts whether it will go ahead but the US State Department denied claims from Russia “preconditions” would have to be met for the meeting to take place.',
      'Negotiations between the Syrian government and the opposition have been tentatively scheduled for January next year.',
      'Mr Kerry is also expected to use his Moscow talks for discussion of continuing efforts to restore stability in eastern Ukraine.',
    ]);
  });

  it('splits after a glued question or exclamation mark and after a closing quote', () => {
    expect(sentences('Is it over?Nobody knows.What now!He left.')).toEqual(['Is it over?', 'Nobody knows.', 'What now!', 'He left.']);
    expect(sentences('He said “no”.They left.')).toEqual(['He said “no”.', 'They left.']);
  });

  it.each([
    ['U.S.', 'The U.S.A. and the U.S.Army met.'],
    ['initials', 'The book is by J.K.Rowling and others.'],
    ['decimals', 'Growth was 2.5 percent, up from 1.9 percent.'],
    ['domains', 'See example.com or Example.Com for more.'],
    ['a site named with its country domain', 'She told Nation.Cymru and Stuff.Co.nz and The Journal.ie about it.'],
    ['web addresses', 'See www.Example.com/News.Today or john.Smith@example.org for more.'],
    ['a.m.', 'It began at 9 a.m.sharp and ended late.'],
    ['a title', 'Then Mr.Kerry spoke.'],
  ])('does not split %s', (_, text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('splits after a glued initialism only before a word that opens a sentence', () => {
    expect(sentences('He arrived at 9 a.m.The talks began.')).toEqual(['He arrived at 9 a.m.', 'The talks began.']);
  });
});

// ── ellipses ──────────────────────────────────────────────────────────────

describe('an ellipsis', () => {
  it('inside a quote stays in one sentence (U+2026, no spaces)', () => {
    expect(paragraphSentences('peace-process', 'possible…an approach')).toEqual([
      '“Both you and President Obama have committed themselves to trying to develop as much as possible…an approach that can try to deal with Ukraine and deal with Syria”, Kerry said.',
    ]);
  });

  it('written as three full stops stays in one sentence', () => {
    const text = '“Both of you have committed to develop as much as possible...an approach that can try to deal with Syria”, Kerry said.';
    expect(sentences(text)).toEqual([text]);
  });

  it('glued to a capitalised word stays in one sentence', () => {
    expect(sentences('as much as possible…An approach.')).toEqual(['as much as possible…An approach.']);
    expect(sentences('as much as possible...An approach.')).toEqual(['as much as possible...An approach.']);
  });

  it('inside a quotation that closes later does not end the sentence', () => {
    const text = '“As much as possible… An approach that can try,” he said. Then he left.';
    expect(sentences(text)).toEqual(['“As much as possible… An approach that can try,” he said.', 'Then he left.']);
  });
});

// ── quotations ─────────────────────────────────────────────────────────────

describe('sentences ending inside quotation marks', () => {
  it('keeps a quote and its attribution together', () => {
    expect(paragraphSentences('real-progress', 'I look forward')).toEqual([
      '“I look forward to making real progress,” Kerry said at the start of talks with Russian Foreign Minister Sergei Lavrov.',
    ]);
    expect(paragraphSentences('real-progress', 'Lavrov told Kerry there was a need')).toEqual([
      'Lavrov told Kerry there was a need for more effective international cooperation in fighting terror.',
      '“On that route there are still questions which today we need to look at,” Lavrov said in his opening remarks.',
    ]);
    expect(paragraphSentences('peace-process', 'we need to look at”')).toEqual([
      '“On that route there are still questions which today we need to look at”, Lavrov said in his opening remarks.',
    ]);
  });

  it('starts a new sentence with a second quotation after the attribution', () => {
    expect(paragraphSentences('real-progress', 'meeting of the minds')).toEqual([
      '“We don’t have a full meeting of the minds yet (on Assad),” a senior State Department official told reporters.',
      '“We will talk about some of the details of a transition…in the hopes of narrowing the differences between us.”',
    ]);
  });

  it('ends a sentence with its closing mark: ”. and .”', () => {
    expect(paragraphSentences('crisis-talks', 'common ground”')).toEqual([
      'The United States and Moscow are are at odds over a political transition to halt the war in Syria, as well as the military approach to fighting the Islamic State.',
      '“Today, I hope we can find some common ground”.',
    ]);
    expect(paragraphSentences('real-progress', 'told Lavrov: “Even')).toEqual([
      'Kerry, who will meet Putin later on Tuesday, told Lavrov: “Even when there have been differences between us we have been able to work effectively on specific issues.”',
    ]);
    expect(sentences('He said "go." Then he left.')).toEqual(['He said "go."', 'Then he left.']);
    expect(sentences('He said (as agreed.) Then he left.')).toEqual(['He said (as agreed.)', 'Then he left.']);
  });

  it('keeps a closing mark typed after a space with the sentence it closes', () => {
    expect(sentences('He said “go. ” Then he left.')).toEqual(['He said “go. ”', 'Then he left.']);
    expect(sentences('He said ‘go. ’ Then he left.')).toEqual(['He said ‘go. ’', 'Then he left.']);
    expect(sentences('He said "go. " Then he left.')).toEqual(['He said "go. "', 'Then he left.']);
    expect(sentences('It ended (finally. ) Then he left.')).toEqual(['It ended (finally. )', 'Then he left.']);
    expect(sentences('He left. "Then" is a word.')).toEqual(['He left.', '"Then" is a word.']);
  });

  it('does not end a sentence after a word that stands alone for emphasis inside a quotation (a beat, a slogan)', () => {
    expect(sentences('“Dogs are welcome. We are here to Stay. Or. Else,” the mayor wrote.')).toEqual([
      '“Dogs are welcome.',
      'We are here to Stay. Or. Else,” the mayor wrote.',
    ]);
    expect(sentences('Join the club. “Parks. We love them.”')).toEqual(['Join the club.', '“Parks. We love them.”']);
  });

  it('keeps the cut after a lone word outside quotation marks, a quoted one-word reply, a question, a Roman numeral', () => {
    expect(sentences('It failed. Period. The board met.')).toEqual(['It failed.', 'Period.', 'The board met.']);
    expect(sentences('He was asked to resign. “Never.” The board met.')).toEqual(['He was asked to resign.', '“Never.”', 'The board met.']);
    expect(sentences('He paused. Why? The rain came.')).toEqual(['He paused.', 'Why?', 'The rain came.']);
    expect(sentences('“Act one ended. II. The rain came,” she read.')).toEqual(['“Act one ended.', 'II.', 'The rain came,” she read.']);
  });

  it('does not end a sentence inside a few quoted words the sentence runs on after (a slogan, a title)', () => {
    expect(sentences('The state’s “Meth. We’re on it.” campaign drew mockery. It cost $449,000.')).toEqual([
      'The state’s “Meth. We’re on it.” campaign drew mockery.',
      'It cost $449,000.',
    ]);
    expect(sentences('“Meth. We’re on it” is rolling out on billboards.')).toEqual(['“Meth. We’re on it” is rolling out on billboards.']);
    // Speech runs on to its attribution after a comma, and a long quotation is cut a sentence at a time.
    expect(sentences('“We won. We’re happy,” he said.')).toEqual(['“We won.', 'We’re happy,” he said.']);
    expect(sentences('“We won. We played the best football of the whole season and the fans were great.” he said.')).toEqual([
      '“We won.',
      'We played the best football of the whole season and the fans were great.” he said.',
    ]);
  });

  it('keeps an attribution after a quotation that ends with its own mark', () => {
    expect(sentences('“Are you ready?” Kerry asked. “Yes.” Lavrov said. They began.')).toEqual([
      '“Are you ready?” Kerry asked.',
      '“Yes.” Lavrov said.',
      'They began.',
    ]);
    expect(sentences('“Are you ready?” he asked.')).toEqual(['“Are you ready?” he asked.']);
    // A closing mark typed after a stray space still closes the quotation its attribution follows.
    expect(sentences('"Who are we? " she wrote. "We are kind."')).toEqual(['"Who are we? " she wrote.', '"We are kind."']);
    expect(sentences('He said: “We will go.” Then he left.')).toEqual(['He said: “We will go.”', 'Then he left.']);
    // A name, its apposition between commas, then the verb.
    expect(sentences('“Are we ready?” Ann Lowe, the mayor of Leeds, said at the event.')).toEqual([
      '“Are we ready?” Ann Lowe, the mayor of Leeds, said at the event.',
    ]);
    expect(sentences('“Are we ready?” Ann Lowe, the mayor, left early.')).toEqual(['“Are we ready?”', 'Ann Lowe, the mayor, left early.']);
    // Any verb an attribution after a quotation uses, after a quotation ending inside one it quotes.
    expect(sentences('“He asked me, ‘Is it done?’” Ann Lowe testified. Then she left.')).toEqual([
      '“He asked me, ‘Is it done?’” Ann Lowe testified.',
      'Then she left.',
    ]);
  });

  it('keeps an attribution that opens on a title written short after a quotation (“…?” Mr. Brabender said.)', () => {
    expect(sentences('“What does that mean for people’s lives?” Mr. Brabender said. Then Dr. Lee left.')).toEqual([
      '“What does that mean for people’s lives?” Mr. Brabender said.',
      'Then Dr. Lee left.',
    ]);
  });

  it('keeps an attribution after the last sentence of a quotation that runs over several', () => {
    expect(sentences('“We walked under his name. What do you say to that?” Morrison said. Then she left.')).toEqual([
      '“We walked under his name.',
      'What do you say to that?” Morrison said.',
      'Then she left.',
    ]);
    expect(sentences('"We walked under his name. What do you say to that?" Morrison said.')).toEqual([
      '"We walked under his name.',
      'What do you say to that?" Morrison said.',
    ]);
    // A sentence that reports more words of its own after the verb is no attribution of the quotation before.
    expect(sentences('“We went there. We found the letters.” Martha added that he had written.')).toEqual([
      '“We went there.',
      'We found the letters.”',
      'Martha added that he had written.',
    ]);
  });
});

describe('nested and mismatched quotation marks', () => {
  it('handles a curly quote around a single quote closed with a straight apostrophe', () => {
    expect(paragraphSentences('peace-process', 'Even when there')).toEqual([
      "“Kerry, who will meet Putin later on Tuesday, told Lavrov: ‘Even when there have been differences between us we have been able to work effectively on specific issues'”.",
      'Russian Federation argues that the Syrian people should be the ones to decide the future of Assad and that his regime, backed by Russian Federation, should play a role in global efforts to squash the “Islamic State” (IS) militant group.',
    ]);
  });

  it('keeps a quotation that is never closed to its own sentence', () => {
    expect(paragraphSentences('peace-process', 'We, for our part')).toEqual([
      '“We, for our part, will keep seeking that the U.S. administration review its policy that seeks to divide terrorists into “good” and “bad”, the statement says.',
    ]);
  });

  it('does not let an unclosed quotation swallow what follows', () => {
    const p = paragraphs('peace-process');
    const i = p.findIndex((x) => x.startsWith('“We, for our part'));
    const glued = `${p[i]}\n${p[i + 1]}\n${p[i + 2]}`;
    expect(sentences(glued)).toEqual([...sentences(p[i]), ...sentences(p[i + 1]), ...sentences(p[i + 2])]);
    expect(sentences('“It never closes. The next sentence. And another.')).toEqual([
      '“It never closes.',
      'The next sentence.',
      'And another.',
    ]);
  });
});

// ── line breaks, other scripts ──────────────────────────────────────────────

describe('line breaks inside a block', () => {
  it('are whitespace: glued paragraphs split as if joined by a space', () => {
    const [a, b] = paragraphs('real-progress');
    for (const sep of ['\n', '\r\n', '\n\n', ' \n ']) {
      const text = a + sep + b;
      const spans = expectValid(text);
      expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([a, b]);
    }
  });

  it('do not end a sentence by themselves', () => {
    expect(sentences('Kerry met\nLavrov in Moscow.')).toEqual(['Kerry met\nLavrov in Moscow.']);
  });
});

describe('other scripts', () => {
  it('splits Cyrillic text on its punctuation', () => {
    expect(sentences('Лавров встретился с Керри. Они говорили о Сирии? Да! Переговоры продолжатся.')).toEqual([
      'Лавров встретился с Керри.',
      'Они говорили о Сирии?',
      'Да!',
      'Переговоры продолжатся.',
    ]);
  });

  it('splits Arabic text on "؟", "۔" and "."', () => {
    expect(sentences('هل التقى كيري لافروف؟ نعم التقى به في موسكو۔ وتحدثا عن سوريا.')).toEqual([
      'هل التقى كيري لافروف؟',
      'نعم التقى به في موسكو۔',
      'وتحدثا عن سوريا.',
    ]);
  });

  it('splits Chinese text on "。", "！" and "？" without spaces', () => {
    expect(sentences('克里抵达莫斯科。他会见了拉夫罗夫！会谈成功吗？')).toEqual(['克里抵达莫斯科。', '他会见了拉夫罗夫！', '会谈成功吗？']);
  });
});

// ── robustness ────────────────────────────────────────────────────────────

const TOKENS = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '.',
  '.',
  '...',
  '…',
  '?',
  '!',
  '؟',
  '۔',
  '。',
  ',',
  ':',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '(',
  ')',
  'U.S.',
  'Mr.',
  'Jan.',
  'a.m.',
  '2.5',
  '24',
  'The',
  'He',
  'he',
  'said',
  'Kerry',
  'A',
  'I',
  'war',
  'example.com',
  'Привет',
  'مرحبا',
  '😀',
  '\ud800',
  '-',
  'e.g.',
];

describe('robustness (properties)', () => {
  it('keeps its contract on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => breach(text, splitSentences(text)) === null),
      { numRuns: 500 },
    );
  });

  it('keeps its contract on text built from tricky tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }), (tokens) => {
        const text = tokens.join('');
        return breach(text, splitSentences(text)) === null;
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps its contract on article paragraphs cut and glued at random', () => {
    const all = ['bridge-divides', 'common-ground', 'crisis-talks', 'peace-process', 'real-progress'].flatMap(paragraphs);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...all), fc.nat(), fc.nat(), fc.constantFrom('', ' ', '\n', '.', '“')), {
          minLength: 1,
          maxLength: 6,
        }),
        (pieces) => {
          const text = pieces
            .map(([p, a, b, sep]) => p.slice(Math.min(a, b) % (p.length + 1), Math.max(a, b) % (p.length + 1)) + sep)
            .join('');
          return breach(text, splitSentences(text)) === null;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 100 }), (tokens) => {
        const text = tokens.join('');
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('robustness (large inputs)', () => {
  const BIG = 120_000;

  it('splits a 20,000-word sentence with no punctuation into one sentence', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ');
    expect(expectValid(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it(
    'splits 3 MB of article text as it splits the article',
    () => {
      const article = paragraphs('bridge-divides').join('\n');
      const perCopy = sentences(article).length;
      const copies = Math.ceil(3_000_000 / (article.length + 1));
      const text = Array.from({ length: copies }, () => article).join('\n');
      expect(expectValid(text)).toHaveLength(perCopy * copies);
    },
    BIG,
  );

  it(
    'finishes on quotation marks that never close',
    () => {
      const text = '“He said that “this and ‘that and '.repeat(50_000) + 'the end. Next one.';
      const spans = expectValid(text);
      expect(text.slice(spans[spans.length - 1].start)).toBe('Next one.');
    },
    BIG,
  );

  it(
    'finishes on a megabyte of abbreviations, initialisms, dots and ellipses',
    () => {
      for (const unit of ['Mr. ', 'U.S.', '.', '… ', 'a.m. ', 'x']) expectValid(unit.repeat(Math.ceil(1_000_000 / unit.length)));
    },
    BIG,
  );

  it(
    'splits a megabyte of Cyrillic and of Arabic on their punctuation',
    () => {
      const cyrillic = 'Лавров встретился с Керри. Они говорили о Сирии? ';
      expect(expectValid(cyrillic.repeat(20_000))).toHaveLength(40_000);
      const arabic = 'هل التقى كيري لافروف؟ نعم التقى به في موسكو۔ ';
      expect(expectValid(arabic.repeat(20_000))).toHaveLength(40_000);
    },
    BIG,
  );
});
