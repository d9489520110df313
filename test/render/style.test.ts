// Style differences: names the outlets write their own way throughout, listed once with each article under
// the form it writes most, never for a name every article writes alike, and never for a demonym.
import { describe, expect, it } from 'vitest';
import { namedVariants } from '../../src/render/diff.js';
import { styleDifferences } from '../../src/render/style.js';
import { makeArticle } from './fixture.js';

const article = (id: string, body: string) => makeArticle('s', id, `---\ntitle: ${id}\n---\n${body}\n`);
const listed = (...articles: ReturnType<typeof article>[]) =>
  styleDifferences(articles, (a) => a.id).map((difference) =>
    difference.forms.map((form) => `${form.text}: ${form.articles.map((a) => `${a.article} ${a.count}`).join(', ')}`),
  );

describe('namedVariants', () => {
  it('finds the names of countries and bodies the comparison folds, as written, and leaves out demonyms', () => {
    const found = namedVariants('Russian troops left the Russian Federation; the U.S. and the US. Russia, the UN and the United Nations.');
    expect(found).toEqual([
      { text: 'Russian Federation', key: 'russia' },
      { text: 'U.S.', key: 'united states' },
      { text: 'US', key: 'united states' },
      { text: 'Russia', key: 'russia' },
      { text: 'UN', key: 'un' },
      { text: 'United Nations', key: 'un' },
    ]);
  });

  it('needs a capital: "us" and "russia" in lower case are no names', () => {
    expect(namedVariants('He told us that russia was far.')).toEqual([]);
  });
});

describe('styleDifferences', () => {
  it('lists a name the articles write differently, each article once under the form it writes most', () => {
    const a = article('a', 'Kerry flew to Russia. Russia said no. The Russian Federation said yes.');
    const b = article('b', 'Kerry flew to the Russian Federation. The Russian Federation said no.');
    const c = article('c', 'Kerry flew to the Russian Federation. Officials in Russia waited.\n\nThe Russian Federation said no.');
    expect(listed(a, b, c)).toEqual([['Russian Federation: b 2, c 2', 'Russia: a 2']]);
  });

  it('tells dotted and undotted abbreviations apart ("U.S." / "US"), and the full name', () => {
    const a = article('a', 'The US said no. The US left.');
    const b = article('b', 'The U.S. said no.');
    const c = article('c', 'The United States said no.');
    expect(listed(a, b, c)).toEqual([['U.S.: b 1', 'US: a 2', 'United States: c 1']]);
  });

  it('lists nothing where every article writes the name alike, or only one article names it', () => {
    const a = article('a', 'Russia said no. Russian troops left. The Russian Federation waited.');
    const b = article('b', 'Russia said no. The Russians left.');
    expect(listed(a, b)).toEqual([]);
    expect(listed(article('c', 'The Russian Federation said no.'), article('d', 'Kerry said no.'))).toEqual([]);
  });

  it('gives the same list whatever the order of the forms in the text (ties go to code-point order)', () => {
    const a = article('a', 'The US said no. The USA said yes.');
    const b = article('b', 'The USA said yes. The US said no.');
    const c = article('c', 'The U.S. said no.');
    expect(listed(a, b, c)).toEqual([['US: a 1, b 1', 'U.S.: c 1']]);
  });
});
