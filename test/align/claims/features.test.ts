import { describe, expect, it } from 'vitest';
import { decide, FITTED_MODEL, likelihood, RARE_WORDS_FLOOR, RARE_WORDS_MASS } from '../../../src/align/claims/decide.js';
import { PairScorer } from '../../../src/align/claims/features.js';
import { storyUnits } from '../../../src/align/claims/units.js';
import { testWordVectors } from '../../helpers.js';
import { inputsOf } from './helpers.js';

const FILLER = [
  'The weather in the capital was cold and grey on the morning of the visit.',
  'Traffic around the ministry was closed for several hours.',
  'A small crowd of protesters gathered near the embassy gates.',
];

/** The features and decision of the first sentence of each of two articles (with filler sentences around). */
function pair(x: string, y: string) {
  const story = storyUnits(inputsOf([`${x} ${FILLER[0]}`, `${y} ${FILLER[1]} ${FILLER[2]}`]), testWordVectors());
  const second = story.units.findIndex((unit) => unit.article === 1 && !unit.clause);
  const features = new PairScorer(story).features(story.units[0], story.units[second]);
  return { features, decision: decide(features) };
}

describe('one quotation carried by two sentences', () => {
  it('is the same quotation when outlets quote one remark with small differences', () => {
    const { features, decision } = pair(
      '"It\'s so wonderful not to keep this secret any longer, but it\'s been so fantastic," he said after the show.',
      '"It is so wonderful not to keep this secret any more," he said.',
    );
    expect(features.sameQuote).toBe(true);
    expect(decision.kind).toBe('near-verbatim');
  });

  it("is the same quotation when one sentence quotes a fragment of the other's", () => {
    const { features } = pair(
      'Smith added: "If I had to pick someone, I\'d pick him, because I think he\'s great."',
      '"I think he\'s great," he says.',
    );
    expect(features.sameQuote).toBe(true);
  });

  it('is not when two remarks only open alike', () => {
    const { features } = pair('"I can\'t wait to get started," he said.', '"I can\'t wait to start this new adventure!" she wrote.');
    expect(features.sameQuote).toBe(false);
  });
});

describe('one quotation as the quote linker groups it', () => {
  /** The features of two articles' first sentences, their quotations put in one group by the quote linker. */
  const linked = (x: string, y: string) => {
    const inputs = inputsOf([x, y]).map((input) => ({ ...input, quoteGroups: ['q1'] }));
    const story = storyUnits(inputs, testWordVectors());
    const second = story.units.findIndex((unit) => unit.article === 1 && !unit.clause);
    return new PairScorer(story).features(story.units[0], story.units[second]);
  };

  it('is one quotation where the two quote its words, however short', () => {
    expect(
      linked('His agent broke the news by saying: "Hello Doctor, welcome."', 'She rang him and said: "Hello, Doctor."').sameQuote,
    ).toBe(true);
  });

  it('is not where two sentences of a quotation that runs over several share one word by chance', () => {
    const features = linked(
      '"Essential elements and sources of energy are found all over the solar system," he said.',
      '"But liquid water is somewhat hard to find beyond Earth," he said.',
    );
    expect(features.sameQuote).toBe(false);
  });
});

describe('paraphrase and names', () => {
  it('links the same fact told in other words', () => {
    const { decision } = pair(
      'The conference on ending the civil war in Yemen will go ahead in Geneva on Friday, Omani mediators confirmed.',
      'Omani mediators said the meeting on ending the Yemen conflict would go ahead in Geneva on Friday.',
    );
    expect(decision.kind).toBe('paraphrase');
  });

  it('matches words WordNet calls synonyms or derivations even where their vectors are far apart', () => {
    const { features } = pair(
      'The ministry will unveil the budget and the mayor will endorse it.',
      'The ministry will reveal the budget and the mayor will support it.',
    );
    expect(features.softMatches).toBe(2);
    const unrelated = pair(
      'The ministry will unveil the budget and the mayor will endorse it.',
      'The ministry will cut the budget and the mayor will sign it.',
    );
    expect(unrelated.features.softMatches).toBe(0);
  });

  it('does not link two sentences that share only names', () => {
    const { features, decision } = pair(
      'Foreign Minister Anna Kovac praised Prime Minister Luis Borges in Lisbon, thanking President Marta Vidal.',
      'Anna Kovac criticised President Marta Vidal and, in Lisbon, Prime Minister Luis Borges.',
    );
    expect(features.sharedTerms).toBeGreaterThan(4);
    expect(decision.kind).toBeNull();
  });

  it('calls the same words verbatim, one word changed verbatim too, and a phrase rewritten near-verbatim', () => {
    const text = 'Police said several people were inside the white sport utility vehicle when the shooting began on the Strip.';
    expect(pair(text, text).decision).toEqual({ kind: 'verbatim', score: 1 });
    expect(pair(text, text.replace('white', 'black')).decision.kind).toBe('verbatim');
    expect(pair(text, text.replace('Police said several people were inside', 'Three men sat in')).decision.kind).toBe('near-verbatim');
  });
});

describe('the lead', () => {
  it('is the top of both articles, where news states its main facts', () => {
    const { features } = pair(
      'The governor launched a campaign against drug use on Monday.',
      'A campaign against drug use was launched by the governor.',
    );
    expect(features.bothLead).toBe(true);
  });

  it('is not a sentence of the top that mostly quotes someone: it gives their words, not the facts', () => {
    const quoting = pair(
      '"Meth is everywhere in our state and we are on it," the governor wrote.',
      'People across the nation are talking about the state and meth.',
    );
    expect(quoting.features.bothLead).toBe(false);
    const aTitle = pair(
      'The governor launched the "On It" campaign against drug use on Monday.',
      'People across the nation are talking about the campaign against drug use.',
    );
    expect(aTitle.features.bothLead).toBe(true);
  });
});

describe('words that few other sentences use, near the bar', () => {
  it('carry a pair the measurements put a little under the bar, not one far under it', () => {
    const { features } = pair(
      'The minister resigned on Monday after the scandal over the hospital contracts.',
      'The minister quit on Monday following the scandal about hospital contracts.',
    );
    const score = likelihood(features);
    expect(score).toBeGreaterThanOrEqual(RARE_WORDS_FLOOR);
    const rare = { ...features, wordMass: RARE_WORDS_MASS };
    expect(decide(rare, { ...FITTED_MODEL, link: score + 0.05 })).toEqual({ kind: 'paraphrase', score: score + 0.05 });
    expect(decide({ ...rare, wordMass: RARE_WORDS_MASS - 0.5 }, { ...FITTED_MODEL, link: score + 0.05 }).kind).toBeNull();
    const farUnder = { ...FITTED_MODEL.weights, bias: FITTED_MODEL.weights.bias - 20 };
    expect(decide(rare, { weights: farUnder, link: FITTED_MODEL.link }).kind).toBeNull();
  });
});

describe('the decision model (weights and link bar) is an option', () => {
  const paraphrase = () =>
    pair(
      'The minister resigned on Monday after the scandal over the hospital contracts.',
      'The minister quit on Monday following the scandal about hospital contracts.',
    );

  it('decides with the fitted model unless given another', () => {
    const { features, decision } = paraphrase();
    expect(decide(features, FITTED_MODEL)).toEqual(decision);
    expect(decision.score).toBe(likelihood(features, FITTED_MODEL.weights));
  });

  it('links a paraphrase only from the model’s bar on, scored by its weights', () => {
    const { features, decision } = paraphrase();
    expect(decision.kind).toBe('paraphrase');
    const fewRareWords = { ...features, wordMass: RARE_WORDS_MASS - 0.5 };
    expect(decide(fewRareWords, { ...FITTED_MODEL, link: decision.score + 0.01 }).kind).toBeNull();
    const silent = { ...FITTED_MODEL, weights: { ...FITTED_MODEL.weights, bias: FITTED_MODEL.weights.bias - 20 } };
    expect(decide(features, silent)).toEqual({ kind: null, score: likelihood(features, silent.weights) });
  });
});
