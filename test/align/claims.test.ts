import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/build.js';
import { claimGroups } from '../../src/align/claims/index.js';
import { sentenceTokens } from '../../src/analyse/terms/index.js';
import { findQuotations, storyReferents } from '../../src/analyse/index.js';
import { groupQuotes } from '../../src/align/quotes/index.js';
import type { AnalysedStory, Claim } from '../../src/types.js';
import { storyOf } from '../analyse/quotes/story.js';
import { makeArticle, makeStory } from './helpers.js';
import { testWordVectors } from '../helpers.js';

/** Groups as sets of "article:sentence text", independent of ids and order. */
function groupsOf(
  texts: Record<string, string>,
  claims: Claim[],
  story = makeStory(Object.entries(texts).map(([id, text]) => ({ id, text }))),
) {
  const textOf = (a: string, s: string) => story.story.articles.find((x) => x.id === a)!.sentences.find((x) => x.id === s)!.text;
  return claims
    .map((c) =>
      c.members
        .map((m) => `${m.article}:${textOf(m.article, m.sentence)}`)
        .sort()
        .join(' + '),
    )
    .sort();
}

function together(claims: Claim[], a: [string, string], b: [string, string]): Claim | undefined {
  return claims.find(
    (c) =>
      c.members.some((m) => m.article === a[0] && m.sentence === a[1]) && c.members.some((m) => m.article === b[0] && m.sentence === b[1]),
  );
}

const FILLER_A =
  'The weather in the capital was cold and grey on the morning of the visit. Officials prepared a long agenda of bilateral trade issues.';
const FILLER_B = 'Traffic around the ministry was closed for several hours. A small crowd of protesters gathered near the embassy gates.';

describe('claims', () => {
  it('groups a sentence copied word for word as verbatim', () => {
    const story = makeStory([
      {
        id: 'a',
        text: `${FILLER_A} Lavrov and Kerry will discuss the situation in Syria in the context of joint work in the International Syria Support Group.`,
      },
      {
        id: 'b',
        text: `Lavrov and Kerry will discuss the situation in Syria in the context of joint work in the International Syria Support Group. ${FILLER_B}`,
      },
    ]);
    const { claims } = alignClaims(story);
    const claim = together(claims, ['a', 's3'], ['b', 's1']);
    expect(claim?.kind).toBe('verbatim');
    expect(claim?.score).toBe(1);
    expect(claim?.carriedBy).toEqual(['a', 'b']);
  });

  it('finds the "Russia" ↔ "Russian Federation" edit', () => {
    const story = makeStory([
      {
        id: 'a',
        text: `Russia has been carrying out air strikes it says target Islamic State positions in Syria, but the US accuses Russia of bombing moderate rebels. ${FILLER_A}`,
      },
      {
        id: 'b',
        text: `${FILLER_B} Russian Federation has been carrying out air strikes it says target Islamic State positions in Syria, but the U.S. accuses Russian Federation of bombing moderate rebels.`,
      },
    ]);
    const claim = together(alignClaims(story).claims, ['a', 's1'], ['b', 's3']);
    expect(claim?.kind).toBe('verbatim');
  });

  it('treats US, U.S., USA and United States alike', () => {
    const base = (us: string) =>
      `The ${us} has been pressing its European allies to continue applying sanctions because of the annexation of Crimea.`;
    const story = makeStory([
      { id: 'a', text: base('US') },
      { id: 'b', text: base('U.S.') },
      { id: 'c', text: base('USA') },
      { id: 'd', text: base('United States') },
    ]);
    const { claims } = alignClaims(story);
    expect(claims).toHaveLength(1);
    expect(claims[0].members).toHaveLength(4);
    expect(claims[0].kind).toBe('verbatim');
  });

  it('groups reordered clauses', () => {
    const story = makeStory([
      { id: 'a', text: `${FILLER_A} Although the opposition agreed to unite in Riyadh, the Kremlin rejected the outcome of the meeting.` },
      { id: 'b', text: `The Kremlin rejected the outcome of the meeting, although the opposition agreed to unite in Riyadh. ${FILLER_B}` },
    ]);
    const claim = together(alignClaims(story).claims, ['a', 's3'], ['b', 's1']);
    expect(claim).toBeDefined();
    expect(claim?.kind).not.toBe('exclusive');
  });

  it('does not group sentences that share only names', () => {
    const story = makeStory([
      {
        id: 'a',
        text: 'Kerry met Lavrov in Moscow to discuss Syria. Kerry and Lavrov later dined on caviar in Moscow while Syria waited. Lavrov told Kerry about the weather in Moscow and Syria.',
      },
      {
        id: 'b',
        text: 'Kerry said Lavrov had agreed on Syria talks in Moscow. A sanctions deal for Syria was not reached by Kerry and Lavrov in Moscow. Syria, Kerry and Lavrov dominated the headlines in Moscow.',
      },
      {
        id: 'c',
        text: 'In Moscow, Lavrov praised Kerry over Syria. Protesters outside the Moscow hotel chanted about Kerry, Lavrov and Syria. Kerry flew home from Moscow after Lavrov spoke of Syria.',
      },
    ]);
    const { claims, exclusives } = alignClaims(story);
    expect(claims.every((c) => c.kind === 'exclusive')).toBe(true);
    expect(exclusives.a).toEqual(['s1', 's2', 's3']);
  });

  it('puts every sentence in exactly one claim, at most one per article, ids in order', () => {
    const story = makeStory([
      { id: 'a', text: `The talks ended without agreement on the role of Assad. ${FILLER_A}` },
      { id: 'b', text: `${FILLER_B} The talks ended without agreement on the role of Assad.` },
      { id: 'c', text: `${FILLER_A} The talks ended without agreement on the role of Assad.` },
    ]);
    const { claims } = alignClaims(story);
    const all = claims.flatMap((c) => c.members.map((m) => `${m.article}#${m.sentence}`));
    const expected = story.story.articles.flatMap((a) => a.sentences.map((s) => `${a.id}#${s.id}`));
    expect([...all].sort()).toEqual([...expected].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `c${i + 1}`));
    // The claim in all three comes first; the filler shared by a and c next.
    expect(claims[0].carriedBy).toEqual(['a', 'b', 'c']);
    expect(claims[0].omittedBy).toEqual([]);
    for (const claim of claims) expect(new Set(claim.members.map((m) => m.article)).size).toBe(claim.members.length);
  });

  it('gives the same groups whatever the order of the articles', () => {
    const texts: Record<string, string> = {
      a: `Kerry arrived in Moscow for talks on Syria. ${FILLER_A} The US and Russia have long disagreed on what role Assad should play.`,
      b: `The US and Russian Federation have long disagreed on what role Assad should play. ${FILLER_B} Kerry arrived in Moscow for talks on Syria.`,
      c: `${FILLER_B} The weather in the capital was cold and grey on the morning of the visit.`,
    };
    const ids = Object.keys(texts);
    const reference = groupsOf(texts, alignClaims(makeStory(ids.map((id) => ({ id, text: texts[id] })))).claims);
    for (const order of [
      ['c', 'b', 'a'],
      ['b', 'a', 'c'],
      ['c', 'a', 'b'],
    ]) {
      const story = makeStory(order.map((id) => ({ id, text: texts[id] })));
      expect(groupsOf(texts, alignClaims(story).claims, story)).toEqual(reference);
    }
  });

  it('is deterministic', () => {
    const make = () =>
      makeStory([
        { id: 'a', text: `${FILLER_A} Kerry praised Moscow for its contribution to progress on Syria.` },
        { id: 'b', text: `Kerry praised Moscow for its contribution to progress on Syria. ${FILLER_B}` },
      ]);
    const x = alignClaims(make());
    const y = alignClaims(make());
    expect(x.claims).toEqual(y.claims);
    expect(x.exclusives).toEqual(y.exclusives);
  });
});

describe('claims: soft matching and clauses', () => {
  const FILLER_C = 'Shops in the old town stayed open late into the evening. A local choir sang in the cathedral square.';

  it('links a paraphrase whose words differ through near-synonyms (word vectors)', () => {
    const story = makeStory([
      {
        id: 'a',
        text: `${FILLER_A} The conference on ending the civil war in Yemen will go ahead in Geneva on Friday, Omani mediators confirmed.`,
      },
      { id: 'b', text: `${FILLER_B} Omani mediators said the meeting on ending the Yemen conflict would go ahead in Geneva on Friday.` },
      { id: 'c', text: FILLER_C },
    ]);
    const result = alignClaims(story);
    const pair = result.compare({ article: 'a', sentence: 's3' }, { article: 'b', sentence: 's3' });
    expect(pair.softMatches).toBeGreaterThan(0);
    expect(pair.kind).toBe('paraphrase');
    expect(together(result.claims, ['a', 's3'], ['b', 's3'])).toBeDefined();
  });

  it('links a long sentence with a shorter one that reports one of its facts', () => {
    const story = makeStory([
      {
        id: 'a',
        text: `${FILLER_A} The Kremlin rejected the outcome of the Riyadh meeting of opposition factions, while Washington welcomed the new negotiating council, pledged fresh funding for humanitarian convoys near Aleppo and promised winter tents for displaced families in Idlib province and urged Ankara to reopen the northern border crossing for aid trucks and medical teams.`,
      },
      { id: 'b', text: `${FILLER_B} The Kremlin dismissed the result of the gathering in Riyadh, where opposition factions were meeting.` },
      { id: 'c', text: FILLER_C },
    ]);
    const result = alignClaims(story);
    const pair = result.compare({ article: 'a', sentence: 's3' }, { article: 'b', sentence: 's3' });
    expect(pair.kind).toBe('paraphrase');
    expect(together(result.claims, ['a', 's3'], ['b', 's3'])).toBeDefined();
  });

  it('still rejects sentences that share only names, even when their other words are alike in vectors', () => {
    // "saw" and "know" are near neighbours in vector space; the names and a copied run of names are all
    // the two sentences really share.
    const story = makeStory([
      {
        id: 'a',
        text: `${FILLER_C} Sheriff Gillespie spoke to reporters on the Strip. Sheriff Doug Gillespie of Clark County saw the Maserati burn near the Strip.`,
      },
      {
        id: 'b',
        text: `${FILLER_A} Gillespie and the Clark County coroner were on the Strip. Sheriff Doug Gillespie of Clark County did not know yet who fired on the Strip.`,
      },
    ]);
    const result = alignClaims(story);
    const pair = result.compare({ article: 'a', sentence: 's4' }, { article: 'b', sentence: 's4' });
    expect(pair.softMatches).toBeGreaterThan(0);
    expect(pair.kind).toBeNull();
    expect(result.claims.every((c) => c.kind === 'exclusive')).toBe(true);
  });
});

describe('scaling', () => {
  it('keeps candidate pairs far below n²/2 on a story of 500 articles × 30 sentences', () => {
    const seeds = Array.from(
      { length: 30 },
      (_, i) =>
        `Officials in region ${i} reported that ${['flooding', 'fires', 'storms', 'protests', 'strikes'][i % 5]} ` +
        `had closed road number ${100 + i} and damaged ${i * 7 + 3} homes near the river ${['Alpha', 'Beta', 'Gamma'][i % 3]}${i}.`,
    );
    const variants = [
      (s: string) => s,
      (s: string) => s.replace('Officials', 'Authorities'),
      (s: string) => s.replace('reported that', 'said'),
      (s: string) => s.replace(' near the', ' close to the'),
    ];
    const articles = Array.from({ length: 500 }, (_, a) =>
      makeArticle(`a${a}`, seeds.map((seed, i) => variants[(a + i) % variants.length](seed)).join(' ')),
    );
    const inputs = articles.flatMap((article) => {
      const tokens = sentenceTokens(article);
      return article.sentences.map((s, i) => ({ article: article.id, sentence: s.id, tokens: tokens[i] }));
    });
    expect(inputs).toHaveLength(15000);
    const { groups, stats } = claimGroups(inputs, testWordVectors());
    const n = inputs.length;
    expect(stats.candidatePairs).toBeLessThan((n * n) / 2 / 50);
    // Each seed's 500 versions end up in one group.
    const sizes = groups.map((g: { members: number[] }) => g.members.length).sort((x: number, y: number) => y - x);
    expect(sizes.slice(0, 30).every((size) => size >= 450)).toBe(true);
  }, 120_000);
});

describe('one quotation as the quote linker groups it', () => {
  /** A story analysed with its quotations found, the way the build analyses one. */
  const analysedWithQuotes = (bodies: Record<string, string>): AnalysedStory => {
    const story = storyOf(bodies);
    const tokens = Object.fromEntries(story.articles.map((a) => [a.id, sentenceTokens(a)]));
    return { story, ...findQuotations(story), tokens, referents: storyReferents(story, tokens), vectors: testWordVectors() };
  };
  const kindOf = (claims: Claim[], a: [string, string], b: [string, string]) => together(claims, a, b)?.kind;

  it('calls two sentences that carry one remark too short for its words alone one quotation (near-verbatim)', () => {
    const analysed = analysedWithQuotes({
      a: `${FILLER_A} An assistant delivered the news by saying: "Hello Doctor".`,
      b: `When the actor answered the phone, his agent said: "Hello Doctor." ${FILLER_B}`,
    });
    expect(kindOf(alignClaims(analysed).claims, ['a', 's3'], ['b', 's1'])).not.toBe('near-verbatim');
    const quotes = groupQuotes(analysed);
    expect(kindOf(alignClaims(analysed, { quotes }).claims, ['a', 's3'], ['b', 's1'])).toBe('near-verbatim');
  });

  it('keeps the other sentences of a quotation that runs over several apart: each is a claim of its own', () => {
    const analysed = analysedWithQuotes({
      a: `${FILLER_A} “We get stabbings and gang violence here. But this is like something out of a movie,” said Mark Thompson.`,
      b: `“But this is like something out of a movie,” Thompson said. ${FILLER_B}`,
    });
    const { claims } = alignClaims(analysed, { quotes: groupQuotes(analysed) });
    expect(kindOf(claims, ['a', 's4'], ['b', 's1'])).toBe('near-verbatim');
    expect(together(claims, ['a', 's3'], ['b', 's1'])).toBeUndefined();
  });
});
