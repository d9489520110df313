import { describe, expect, it } from 'vitest';
import { sentenceTokens } from '../../../src/analyse/terms/index.js';
import { attributionTokens, clauseRanges, storyUnits, titleTokens } from '../../../src/align/claims/units.js';
import type { Token } from '../../../src/types.js';
import { makeArticle } from '../helpers.js';
import { testWordVectors } from '../../helpers.js';
import { inputsOf } from './helpers.js';

/** The clauses of one sentence, as text. */
function clauses(text: string): string[] {
  const tokens = sentenceTokens(makeArticle('a', text))[0];
  return clauseRanges(tokens).map(([from, to]) => text.slice(tokens[from].start, tokens[to - 1].end));
}

/** The words of a sentence that `find` marks (by token index), as text. */
function marked(text: string, find: (tokens: Token[]) => Set<number>): string {
  const tokens = sentenceTokens(makeArticle('a', text))[0];
  const found = find(tokens);
  return tokens
    .filter((_, i) => found.has(i))
    .map((token) => token.text)
    .join(' ');
}

/** The words of a sentence's attribution, as text. */
const attribution = (text: string) => marked(text, (tokens) => attributionTokens(tokens));
/** The title words before names in a sentence, as text. */
const titles = (text: string) => marked(text, titleTokens);

describe('attribution', () => {
  it('is who says it, before or after the verb, not what is said', () => {
    expect(attribution('The Range Rover was last seen near the Venetian, Las Vegas Police Sgt. John Sheahan said.')).toBe(
      'Las Vegas Police Sgt. John Sheahan said',
    );
    expect(attribution('Police said the car was stolen.')).toBe('Police said');
    expect(attribution('The car was stolen, said Sheriff Doug Gillespie.')).toBe('said Sheriff Doug Gillespie');
  });

  it('takes in the apposition that says who the speaker is, before or after the verb', () => {
    expect(attribution('“It has a large deck,” said Ann Lowe, vice president of advanced programs at Blue Origin.')).toBe(
      'said Ann Lowe , vice president of advanced programs at Blue Origin',
    );
    expect(attribution('“We saw the need,” Ann Lowe, deputy administrator for exploration at NASA, said on Monday.')).toBe(
      'Ann Lowe , deputy administrator for exploration at NASA , said',
    );
    expect(attribution('Sheahan, a police spokesman, said the car was stolen.')).toBe('Sheahan , a police spokesman , said');
  });

  it('leaves out a clause of its own after the speaker', () => {
    expect(attribution('“It has a large deck,” said Ann Lowe, adding that the lander could carry rovers.')).toBe('said Ann Lowe');
    expect(attribution('“It is late,” said Ann Lowe, who has run the programme since 2015.')).toBe('said Ann Lowe');
    expect(attribution('The lander failed, the engineers who built it, and their managers said.')).toBe('');
  });

  it('is the source after "according to": names, roles and the words that describe a source', () => {
    expect(attribution('The regulator is looking into the firm, according to two people familiar with the matter.')).toBe(
      'according to two people familiar with the matter',
    );
    expect(attribution('According to a report in the Harbour Gazette, the mayor paid the fee herself.')).toBe(
      'According to a report in the Harbour Gazette',
    );
    expect(attribution('The dam will open in May, according to officials.')).toBe('according to officials');
  });

  it('keeps a source that tells a fact of its own ("according to a paper published Monday")', () => {
    expect(attribution('According to a paper published in a journal on Monday, the moon has a thin atmosphere.')).toBe('');
    expect(attribution('Prices rose, according to data from the bureau.')).toBe('');
  });

  it('is nothing in a sentence that reports no one', () => {
    expect(attribution('The car was stolen on Thursday.')).toBe('');
    expect(attribution('Kerry met Lavrov, who said nothing.')).toBe('');
  });
});

describe('titles before names', () => {
  it('are the capitalised title words that lead up to a name', () => {
    expect(titles('Russian Foreign Minister Sergei Lavrov met the envoy.')).toBe('Russian Foreign Minister');
    expect(titles('He spoke to US Secretary of State John Kerry on Tuesday.')).toBe('US Secretary of State');
    expect(titles('The talks with President Vladimir Putin ended late.')).toBe('President');
  });

  it('are nothing where no name follows, or the capital is a name of its own', () => {
    expect(titles('The foreign minister said the talks had ended.')).toBe('');
    expect(titles('The President spoke for an hour.')).toBe('');
    expect(titles('He is the twelfth actor to play Doctor Who on television.')).toBe('');
  });

  it('are no claim terms: two sentences naming the same minister share nothing by it', () => {
    const story = storyUnits(
      inputsOf(['Russian Foreign Minister Sergei Lavrov praised the grain deal.', 'The foreign minister left Geneva early.']),
      testWordVectors(),
    );
    const [first] = story.units;
    const named = first.terms.map((t) => story.terms.names[t]);
    expect(named).not.toContain('foreign');
    expect(named).not.toContain('minister');
    expect(named).toContain('grain');
  });
});

describe('clauses', () => {
  it('splits a sentence of two facts at a word of contrast', () => {
    expect(
      clauses('The Kremlin rejected the outcome of the Riyadh meeting, while Washington welcomed the new negotiating council.'),
    ).toEqual(['The Kremlin rejected the outcome of the Riyadh meeting,', 'while Washington welcomed the new negotiating council.']);
  });

  it('splits a fronted "While X, Y" at its comma', () => {
    expect(clauses('While the talks in Geneva stalled over the border, aid convoys reached the besieged northern towns.')).toEqual([
      'While the talks in Geneva stalled over the border,',
      'aid convoys reached the besieged northern towns.',
    ]);
  });

  it('splits at a word of time or cause, and at a participle or "and" after a comma', () => {
    expect(clauses('The bridge was closed to traffic when the river flooded the old town in October.')).toEqual([
      'The bridge was closed to traffic',
      'when the river flooded the old town in October.',
    ]);
    expect(clauses('A gunman fired on the sports car at the junction, sending it into a taxi near the casino.')).toEqual([
      'A gunman fired on the sports car at the junction,',
      'sending it into a taxi near the casino.',
    ]);
    expect(clauses('Police closed the boulevard for the morning, and investigators searched the wreckage for evidence.')).toEqual([
      'Police closed the boulevard for the morning,',
      'and investigators searched the wreckage for evidence.',
    ]);
  });

  it('does not split at a word ending in -ing that follows no comma', () => {
    expect(clauses('Officers were searching the area around the hotel for the missing vehicle.')).toEqual([]);
  });

  it('keeps a short trailing clause with the one before', () => {
    expect(clauses('The ministers agreed a ceasefire for the northern province, but not yet.')).toEqual([]);
  });
});

describe('units', () => {
  it('gives one unit per sentence, then one per clause, and counts terms by sentence', () => {
    const story = storyUnits(
      inputsOf(['Rebels took the airport, while the army held the northern bridge. Rebels took the airport.']),
      testWordVectors(),
    );
    expect(story.sentences).toBe(2);
    expect(story.units.map((unit) => [unit.sentence, unit.clause])).toEqual([
      [0, false],
      [1, false],
      [0, true],
      [0, true],
    ]);
    const airport = story.terms.names.indexOf('airport');
    expect(story.terms.df[airport]).toBe(2);
  });

  it('marks words written with a capital mid-sentence as names, and a first word when a capitalised word follows', () => {
    const story = storyUnits(inputsOf(['Golden Knights fans cheered on the Strip. Reporters waited near the Strip.']), testWordVectors());
    const isName = (key: string) => story.terms.isName[story.terms.names.indexOf(key)] === 1;
    expect(isName('golden')).toBe(true);
    expect(isName('reporter')).toBe(false);
  });

  it('reads a number word as its digits, so that "three dead" and "3 dead" share the number; "one" is no number', () => {
    const story = storyUnits(inputsOf(['Three people died and one man fled.', '3 people died in the crash.']), testWordVectors());
    const [words, digits] = story.units;
    const three = story.terms.names.indexOf('3');
    expect(three).toBeGreaterThanOrEqual(0);
    expect(words.terms).toContain(three);
    expect(digits.terms).toContain(three);
    // A number word that opens its sentences is no name for its capital.
    const opening = storyUnits(inputsOf(['Three people died.', 'Three men fled.']), testWordVectors());
    expect(opening.terms.isName[opening.terms.names.indexOf('3')]).toBe(0);
    expect(story.terms.names).not.toContain('1');
  });
});

describe('what a unit counts, and whether it is a refusal to comment', () => {
  /** The counts of one sentence as "value term". */
  const countsOf = (text: string) => {
    const story = storyUnits(inputsOf([text]), testWordVectors());
    return story.units[0].counts.map((count) => `${count.value} ${story.terms.names[count.term]}`);
  };
  const noComment = (text: string) => storyUnits(inputsOf([text]), testWordVectors()).units[0].noComment;

  it('reads a number of things in digits or words, with the term of the things', () => {
    expect(countsOf('The 14 companies can bid, and five new landers were chosen.')).toHaveLength(2);
    expect(countsOf('The 14 companies can bid, and five new landers were chosen.')[0]).toMatch(/^14 /);
    expect(countsOf('The 14 companies can bid, and five new landers were chosen.')[1]).toMatch(/^5 /);
  });

  it('reads no count in a date, a time, a share, a size, a year or a single thing', () => {
    expect(countsOf('On March 14 at 9 a.m. about 40 percent of the $8 billion fund was spent in 2019 on one bridge.')).toEqual([]);
  });

  it('knows a sentence that says someone would not comment', () => {
    expect(noComment('The company declined to comment on the report.')).toBe(true);
    expect(noComment('A spokesman didn’t respond to a request for comment.')).toBe(true);
    expect(noComment('The company commented on the report.')).toBe(false);
  });
});
