import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/analyse/index.js';
import { extractQuotes } from '../../../src/analyse/quotes/extract.js';
import { storyOf } from './story.js';

const quotesOf = (body: string) => findQuotations(storyOf({ a: body })).quotations;
const one = (body: string, text: string) => {
  const found = quotesOf(body).find((quote) => quote.text.replace(/[.,]$/, '') === text.replace(/[.,]$/, ''));
  expect(found, `no quotation “${text}” in ${JSON.stringify(quotesOf(body).map((q) => q.text))}`).toBeDefined();
  return found!;
};

describe('quotations', () => {
  it('finds curly and straight quotations with their offsets', () => {
    const body = '“We will win,” Kerry said. Lavrov replied: "Not so fast."';
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q.text)).toEqual(['We will win', 'Not so fast.']);
    for (const q of quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(quotes[0].sentence).toBe('s1');
  });

  it('does not treat apostrophes as quote marks', () => {
    const body = "Assad’s allies don’t agree. Kerry stopped at a Dunkin’ Donuts and the students’ union. It’s cold, isn't it?";
    expect(quotesOf(body)).toEqual([]);
  });

  it('treats “Islamic State” as scare quotes', () => {
    const q = one('Russia wants to squash the “Islamic State” (IS) militant group, officials said.', 'Islamic State');
    expect(q.kind).toBe('scare');
    expect(q.speaker).toBeNull();
  });

  it('tells partial quotations worked into a sentence from full ones', () => {
    const body =
      'While Kerry said there were still “kinks” that needed to be worked out, talks went on.\n\n“I look forward to making real progress,” Kerry said.';
    expect(one(body, 'kinks')).toMatchObject({ kind: 'partial', speaker: 'Kerry' });
    expect(one(body, 'I look forward to making real progress')).toMatchObject({ kind: 'full', speaker: 'Kerry' });
  });

  it('handles a nested quote opened with ‘ and closed with a straight mark, inside a wrapper quote', () => {
    const body = `“Kerry, who will meet Putin later on Tuesday, told Lavrov: ‘Even when there have been differences we have been able to work'”. Then they ate.`;
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q.text)).toEqual(['Even when there have been differences we have been able to work']);
    expect(quotes[0]).toMatchObject({ kind: 'full', speaker: 'Kerry' });
  });

  it('runs an outer quotation that never closes to its attribution, keeping the scare quotes inside', () => {
    const body =
      '“We, for our part, will keep seeking that the U.S. administration review its policy that seeks to divide terrorists into “good” and “bad”, the statement says.';
    const quotes = quotesOf(body);
    expect(quotes[0].text).toBe(
      'We, for our part, will keep seeking that the U.S. administration review its policy that seeks to divide terrorists into “good” and “bad”',
    );
    expect(quotes[0]).toMatchObject({ kind: 'full', speaker: 'the statement' });
    expect(quotes.slice(1).map((q) => [q.text, q.kind])).toEqual([
      ['good', 'scare'],
      ['bad', 'scare'],
    ]);
  });

  it('credits both halves of a quote split by its attribution', () => {
    const body =
      '“We don’t have a full meeting of the minds yet,” a senior State Department official told reporters. “We will talk about some of the details of a transition…in the hopes of narrowing the differences.”';
    const quotes = quotesOf(body);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(['a senior State Department official', 'a senior State Department official']);
    expect(quotes[1].text).toContain('transition…in the hopes');
  });

  it('leaves the speaker null where the text does not say', () => {
    const body = 'The United States and Moscow are at odds over the war in Syria. “Today, I hope we can find some common ground”.';
    expect(one(body, 'Today, I hope we can find some common ground')).toMatchObject({ kind: 'full', speaker: null });
  });

  it('opens a straight-marked quotation typed with a space after its mark, and credits it as the one before', () => {
    const body = 'Tom Reed spoke first.\n\n"I run the shop from my phone," Reed told Lee. " You have done such a good job."';
    expect(one(body, 'You have done such a good job.')).toMatchObject({ kind: 'full', speaker: 'Tom Reed' });
  });

  it('lets a quotation go on after a title in scare quotes in the attribution (“…,” Reed said on “Morning Report”. “…”)', () => {
    const body =
      'Tom Reed runs the fund.\n\n“This stock was beaten down,” Reed said on “Market Hour” on Monday. “It fell for four years in a row.”';
    expect(one(body, 'Market Hour')).toMatchObject({ kind: 'scare', speaker: null });
    expect(one(body, 'It fell for four years in a row.')).toMatchObject({ kind: 'full', speaker: 'Tom Reed' });
  });

  it('takes no cue of saying from a gerund after a possessive (“from Lowe’s declaring an end to …”)', () => {
    const body = 'The rivals grew louder — from Ann Lowe’s declaring an end to all fees to a new tax to pay for “Care for all.”';
    expect(one(body, 'Care for all.')).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('keeps an ellipsis inside a quotation', () => {
    expect(one('“Both of us have tried… to deal with Syria”, Kerry said.', 'Both of us have tried… to deal with Syria').speaker).toBe(
      'Kerry',
    );
  });
});

describe('speakers', () => {
  it("resolves 'he said' to the last named person", () => {
    const body =
      'The talks began in Moscow on Tuesday.\n\nForeign Minister Sergei Lavrov arrived late. “On that route there are still questions,” he said.';
    expect(one(body, 'On that route there are still questions').speaker).toBe('Sergei Lavrov');
  });

  it("resolves 'he said' after a quotation paragraph to the person just quoted", () => {
    const body =
      '“I look forward to making real progress,” Kerry said at the start of talks with Foreign Minister Sergei Lavrov.\n\n“I think the world benefits,” he said.';
    expect(one(body, 'I think the world benefits').speaker).toBe('Kerry');
  });

  it('merges Sergey and Sergei Lavrov, and Mr Kerry, Kerry and John Kerry, under the longest name', () => {
    const { quotations, speakers } = findQuotations(
      storyOf({
        a: 'Secretary of State John Kerry met Sergey Lavrov. “We talked,” Mr Kerry said. “We listened,” Lavrov said.',
        b: 'Foreign Minister Sergei Lavrov met Kerry. “We agreed,” Sergei Lavrov said. “Good,” Kerry added.',
      }),
    );
    expect(new Set(quotations.map((q) => q.speaker))).toEqual(new Set(['John Kerry', 'Sergei Lavrov']));
    const lavrov = speakers.find((s) => s.name === 'Sergei Lavrov')!;
    expect(lavrov.variants).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Sergei Lavrov', 'Lavrov']));
  });

  it('reads speakers named before the quotation: told X:, called it, claims from', () => {
    expect(one('Kerry told Lavrov: “We must act.”', 'We must act.').speaker).toBe('Kerry');
    expect(one('Kerry called it “an important day for us to try”.', 'an important day for us to try').speaker).toBe('Kerry');
    expect(
      one(
        'The ministry attacked US policy, accusing Washington of “dividing terrorists into good and bad ones”.',
        'dividing terrorists into good and bad ones',
      ).speaker,
    ).toBe('The ministry');
    expect(one('The department denied claims from Russia “preconditions” would have to be met.', 'preconditions')).toMatchObject({
      kind: 'partial',
      speaker: 'Russia',
    });
  });

  it('resolves “the official said” to the official described earlier', () => {
    const body =
      '“We are not there yet,” a senior State Department official told reporters.\n\nThe talks went on.\n\n“We’ll be interested to hear what they say,” the official said.';
    expect(one(body, 'We’ll be interested to hear what they say').speaker).toBe('a senior State Department official');
  });
});

describe('a quotation whose opening mark the source left out', () => {
  it('runs from the paragraph’s start to a closing mark an attribution follows (`We just needed time," admits Andrew Hill`)', () => {
    const body = 'It rained.\n\nWe just needed time to get it right," admits Andrew Hill, an engineer. Part of it was skill.';
    expect(one(body, 'We just needed time to get it right').speaker).toBe('Andrew Hill');
  });

  it('runs from the sentence after the last quotation closed in the paragraph', () => {
    const body = 'It rained.\n\n"It works," says Ann Lowe. It is a different brand, different choices," says Lowe.';
    expect(one(body, 'It is a different brand, different choices').speaker).toBe('Ann Lowe');
  });

  it('leaves a closing mark no attribution follows alone (an inch mark, a stray mark)', () => {
    expect(quotesOf('It rained.\n\nThe screen is 27" wide, says Lowe.')).toEqual([]);
    expect(quotesOf('It rained.\n\nWe waited for hours." Then the bus came.')).toEqual([]);
  });
});

describe('quotation offsets and robustness', () => {
  const marks = ['“', '”', '‘', '’', '"', "'", '«', '»', ' ', '\n\n', ', he said. ', 'Kerry', ' said: ', '…', '.'];
  const messy = fc
    .array(fc.oneof(fc.constantFrom(...marks), fc.string({ maxLength: 8 })), { maxLength: 60 })
    .map((parts) => parts.join(''));

  it('always gives offsets that slice to the text, and never throws', () => {
    fc.assert(
      fc.property(messy, (body) => {
        if (body.trim() === '' || body.trim().startsWith('---')) return;
        const quotes = extractQuotes({ body, blocks: [] });
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(body.length);
          expect(q.end).toBeGreaterThan(q.start);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps body.slice(start, end) === text through the whole stage', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const body = `Start. ${text.replace(/^-+/, '')}`;
        const story = storyOf({ a: body });
        const article = story.articles[0];
        for (const q of findQuotations(story).quotations) expect(article.body.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 150 },
    );
  });

  it('completes on a 1 MB body with many unclosed quotes', () => {
    const chunk = 'He said “this never closes and ‘neither does this, while Assad’s men wait “again and again ';
    const body = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const quotes = extractQuotes({ body, blocks: [] });
    for (const q of quotes.slice(0, 50)) expect(q.end).toBeGreaterThan(q.start);
    expect(quotes.length).toBeGreaterThan(0);
  }, 60_000);
});

// Research data lives beside the project (../shared), never in it: without it these checks are skipped.
const corpus = ['../shared/corpora', '/work/shared/corpora'].map((dir) => resolve(dir)).find((dir) => existsSync(dir));
if (!corpus) console.warn('quotes.test.ts: ../shared/corpora not found, the real-story checks are skipped');

describe.skipIf(!corpus)('real stories from the shared corpora', () => {
  const load = (dir: string) => {
    const bodies: Record<string, string> = {};
    for (const file of readdirSync(`${corpus}/${dir}`)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const [, , ...rest] = readFileSync(`${corpus}/${dir}/${file}`, 'utf8').split('\n');
      bodies[`a${file.replace('.txt', '')}`] = rest.join('\n\n');
    }
    return storyOf(bodies);
  };

  it.each(['capaldi-doctor-who', 'las-vegas-strip-shooting'])('%s: finds attributed quotations with exact offsets', (dir) => {
    const story = load(dir);
    const { quotations, speakers } = findQuotations(story);
    const bodyOf = new Map(story.articles.map((a) => [a.id, a.body]));
    for (const q of quotations) expect(bodyOf.get(q.article)!.slice(q.start, q.end)).toBe(q.text);
    expect(quotations.filter((q) => q.kind === 'full').length).toBeGreaterThan(10);
    expect(speakers.length).toBeGreaterThan(3);
  });

  it('credits the Las Vegas sergeant under one name', () => {
    const { quotations } = findQuotations(load('las-vegas-strip-shooting'));
    const genesis = quotations.filter((q) => /genesis of this/.test(q.text));
    expect(genesis.length).toBeGreaterThanOrEqual(2);
    expect(new Set(genesis.map((q) => q.speaker))).toEqual(new Set(['John Sheahan']));
  });
});
