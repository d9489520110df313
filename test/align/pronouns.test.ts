import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/build.js';
import { pronounReferents } from '../../src/analyse/speakers/referents.js';
import { tokensOf } from '../../src/analyse/terms/index.js';
import { makeStory } from './helpers.js';

const FILLER_A =
  'The weather in the capital was cold and grey on the morning of the visit. Officials prepared a long agenda of bilateral trade issues.';
const FILLER_B = 'Traffic around the ministry was closed for several hours. A small crowd of protesters gathered near the embassy gates.';

describe('pronoun subjects', () => {
  it('resolves he/she to the latest person subject, it to the latest country or body subject, and skips an empty "it"', () => {
    const article = (texts: string[]) => ({
      title: tokensOf('Talks in Lisbon'),
      sentences: texts.map((text, block) => ({ tokens: tokensOf(text), block })),
    });
    const [refs] = pronounReferents([
      article([
        'Foreign Minister Anna Kovac arrived in Lisbon on Monday.',
        'She will sign a fisheries treaty with Portugal.',
        'The Fisheries Ministry has been dredging the harbour for a year.',
        'Since last spring, it has been buying new trawlers.',
        'It is expected that the treaty will be signed.',
      ]),
    ]);
    expect(refs.map((r) => r.referent.length)).toEqual([0, 1, 0, 2, 0]);
    expect(refs[1].referent).toEqual(['kovac']);
    expect(refs[3].referent.join(' ')).toMatch(/^fisher\S* minist/);
  });

  it('counts a pronoun subject as its referent when matching a sentence that names it', () => {
    const story = makeStory([
      {
        id: 'a',
        text: `Foreign Minister Anna Kovac flew to Lisbon for talks with Portugal. She is now in talks with Prime Minister Luis Borges and will later meet President Marta Vidal. ${FILLER_A}`,
      },
      {
        id: 'b',
        text: `${FILLER_B} Kovac was meeting her counterpart Luis Borges on Tuesday before seeing President Marta Vidal in what are expected to be difficult discussions over quotas. Lisbon was sunny. The fleets meet again in June.`,
      },
    ]);
    const resolved = alignClaims(story).compare({ article: 'a', sentence: 's2' }, { article: 'b', sentence: 's3' });
    // The same two sentences with the pronoun left unresolved (no one named before it) are less alike.
    const bare = makeStory([
      {
        id: 'a',
        text: `She is now in talks with Prime Minister Luis Borges and will later meet President Marta Vidal. Foreign Minister Anna Kovac flew to Lisbon for talks with Portugal. ${FILLER_A}`,
      },
      {
        id: 'b',
        text: `${FILLER_B} Kovac was meeting her counterpart Luis Borges on Tuesday before seeing President Marta Vidal in what are expected to be difficult discussions over quotas. Lisbon was sunny. The fleets meet again in June.`,
      },
    ]);
    const unresolved = alignClaims(bare).compare({ article: 'a', sentence: 's1' }, { article: 'b', sentence: 's3' });
    expect(resolved.sharedTerms).toBe(unresolved.sharedTerms + 1);
    expect(resolved.score).toBeGreaterThan(unresolved.score);
  });

  it('still rejects two sentences that share only names when a pronoun is resolved', () => {
    const story = makeStory([
      {
        id: 'a',
        text: `Foreign Minister Anna Kovac flew to Lisbon for talks with Portugal. She praised Prime Minister Luis Borges in Lisbon, thanking President Marta Vidal. ${FILLER_A}`,
      },
      { id: 'b', text: `${FILLER_B} Kovac criticised President Marta Vidal and, in Lisbon, Prime Minister Luis Borges. Lisbon was sunny.` },
    ]);
    const { compare, claims } = alignClaims(story);
    expect(compare({ article: 'a', sentence: 's2' }, { article: 'b', sentence: 's3' }).kind).toBeNull();
    expect(claims.some((c) => c.members.some((m) => m.article === 'a' && m.sentence === 's2') && c.carriedBy.length > 1)).toBe(false);
  });
});
