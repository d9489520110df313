// The rendered pages, from a hand-made AlignedStory (no disk writes): structure, data attributes, anchors,
// diff marks and escaping.
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../../src/render/index.js';
import { buildStoryView, foldsRow, shorten } from '../../src/render/model.js';
import type { AlignedStory, SiteFiles } from '../../src/types.js';
import { fixtureStory, hostileStory, STORY_ID, renderOptions } from './fixture.js';

let parser: Parser;
const parse = (html: string): HtmlElement => parser.parseHtml(html);

let story: AlignedStory;
let hostile: AlignedStory;
let files: SiteFiles;
const text = (name: string): string => {
  const content = files.get(name);
  if (typeof content !== 'string') throw new Error(`no page ${name}`);
  return content;
};
const page = (name: string): HtmlElement => parse(text(name));
const attr = (el: HtmlElement, name: string): string => el.getAttributeValue(name) ?? '';

beforeAll(async () => {
  parser = new Parser(await new HtmlValidate().getConfigFor('page.html'));
  story = fixtureStory();
  hostile = hostileStory();
  files = renderSite([story, hostile], renderOptions());
});

describe('the site', () => {
  it('has every page of every story', () => {
    const expected = [
      'index.html',
      '404.html',
      '.nojekyll',
      `${STORY_ID}/index.html`,
      `${STORY_ID}/compare.html`,
      `${STORY_ID}/quotes.html`,
      `${STORY_ID}/alignment.json`,
      `${STORY_ID}/alignment.schema.json`,
      ...story.story.articles.map((a) => `${STORY_ID}/articles/${a.id}.html`),
      ...story.alignment.claims.filter((c) => c.carriedBy.length > 1).map((c) => `${STORY_ID}/claims/${c.id}.html`),
    ];
    for (const name of expected) expect(files.has(name), name).toBe(true);
    // A claim only one article carries has nothing to compare: no page, it is linked at its sentence.
    for (const claim of story.alignment.claims.filter((c) => c.carriedBy.length < 2))
      expect(files.has(`${STORY_ID}/claims/${claim.id}.html`), claim.id).toBe(false);
  });

  it('is the same every time', () => {
    const again = renderSite([fixtureStory(), hostileStory()], renderOptions());
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, content] of again) expect(content, name).toEqual(files.get(name));
  });

  it('has no inline script, inline style or event handler attributes, and keeps the CSP', () => {
    for (const [name, content] of files) {
      if (!name.endsWith('.html')) continue;
      const html = String(content);
      expect(html, name).toContain('http-equiv="Content-Security-Policy"');
      expect(html, name).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, name).not.toMatch(/\sstyle=/);
      expect(html, name).not.toMatch(/<style/);
      // Attribute values left out: escaped article text in a title="…" may read "onerror=" harmlessly.
      expect(html.replace(/"[^"]*"/g, '""'), name).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
  });

  it('links only relatively, and every internal link reaches a page and anchor that exist', () => {
    const ids = new Map<string, Set<string>>();
    const docs = new Map<string, HtmlElement>();
    for (const [name, content] of files) {
      if (!name.endsWith('.html')) continue;
      const doc = parse(String(content));
      docs.set(name, doc);
      ids.set(name, new Set(doc.querySelectorAll('[id]').map((el) => el.id ?? '')));
    }
    const problems: string[] = [];
    for (const [name, doc] of docs) {
      for (const el of doc.querySelectorAll('[href], [src]')) {
        const value = attr(el, 'href') || attr(el, 'src');
        if (/^[a-z]+:/i.test(value)) continue;
        if (value.startsWith('/')) problems.push(`${name}: root-absolute ${value}`);
        const url = new URL(value, `https://site.invalid/${name}`);
        const target = decodeURIComponent(url.pathname.slice(1));
        if (!files.has(target) && !target.startsWith('assets/')) problems.push(`${name}: ${value} → missing ${target}`);
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !ids.get(target)?.has(fragment)) problems.push(`${name}: ${value} → no #${fragment}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('home', () => {
  it('lists every story with its date, number of articles and summary', () => {
    const doc = page('index.html');
    const cards = doc.querySelectorAll('.story-card');
    expect(cards).toHaveLength(2);
    const kerry = cards.find((card) => card.textContent.includes('Kerry and Lavrov'))!;
    expect(kerry.querySelector('time')?.getAttributeValue('datetime')).toBe('2015-12-15');
    expect(kerry.textContent).toContain('5 articles');
    expect(kerry.querySelector('.summary')?.textContent).toContain('Sergei Lavrov');
    expect(attr(kerry.querySelector('a')!, 'href')).toBe(`./${STORY_ID}/index.html`);
  });
});

describe('story overview', () => {
  it('shows every headline, the key figures, the coverage matrix and the overlap matrix', () => {
    const doc = page(`${STORY_ID}/index.html`);
    const view = buildStoryView(story);
    expect(doc.querySelectorAll('.headline-card')).toHaveLength(5);
    for (const article of story.story.articles) expect(doc.textContent).toContain(article.title);
    expect(doc.querySelectorAll('.figure')).toHaveLength(4);
    expect(doc.querySelectorAll('.exclusive-counts li')).toHaveLength(5);

    const [shared, exclusive] = doc.querySelectorAll('table.matrix');
    const rows = shared.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(view.sharedClaims.length);
    expect(exclusive.querySelectorAll('tbody tr')).toHaveLength(view.exclusiveClaims.length);
    // most widely reported first
    const carriers = rows.map((row) => row.querySelectorAll('td.hit').length);
    expect([...carriers].sort((a, b) => b - a)).toEqual(carriers);
    for (const [index, row] of rows.entries()) {
      const claim = view.sharedClaims[index];
      expect(row.querySelectorAll('td')).toHaveLength(5);
      expect(row.querySelectorAll('td.miss')).toHaveLength(claim.omittedBy.length);
      const links = row.querySelectorAll('td.hit a').map((a) => attr(a, 'href'));
      expect(links).toEqual(claim.versions.map((v) => `articles/${v.article.id}.html#${v.sentence.id}`));
    }

    const overlap = doc.querySelector('table.overlap')!;
    expect(overlap.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(overlap.querySelectorAll('td.self')).toHaveLength(5);
    expect(overlap.querySelectorAll('tbody td')).toHaveLength(25);
    const pair = story.alignment.overlap[0];
    const rowA = overlap
      .querySelectorAll('tbody tr')
      .find((row) => row.querySelector('th')!.textContent.trim() === story.story.articles.find((a) => a.id === pair.a)!.label)!;
    expect(rowA.textContent).toContain(`${Math.round(pair.shareOfA * 100)}%`);
  });
});

describe('side by side', () => {
  let doc: HtmlElement;
  beforeAll(() => {
    doc = page(`${STORY_ID}/compare.html`);
  });

  const shared = () => story.alignment.claims.filter((c) => new Set(c.members.map((m) => m.article)).size > 1);
  const exclusive = () => story.alignment.claims.filter((c) => new Set(c.members.map((m) => m.article)).size < 2);

  it('has one row per shared claim and one column per article, with an empty cell where an article leaves the claim out', () => {
    const rows = doc.querySelectorAll('tbody[data-row]');
    expect(rows.map((row) => attr(row, 'data-row')).sort()).toEqual(
      shared()
        .map((c) => c.id)
        .sort(),
    );
    expect(doc.querySelectorAll('thead th[data-column]').map((th) => attr(th, 'data-column'))).toEqual(
      story.story.articles.map((a) => a.id),
    );
    for (const row of rows) {
      const claim = story.alignment.claims.find((c) => c.id === attr(row, 'data-row'))!;
      const cells = row.querySelectorAll('td.cell, .fold-cells > .cell');
      expect(cells).toHaveLength(5);
      story.story.articles.forEach((article, index) => {
        const cell = cells[index];
        const carried = claim.members.some((m) => m.article === article.id);
        expect(cell.classList.contains('empty'), `${claim.id} × ${article.id}`).toBe(!carried);
        if (!carried) expect(cell.querySelectorAll('[data-claim]')).toHaveLength(0);
      });
    }
  });

  it('folds a row fewer than half the outlets carry to its heading: a closed <details> with its versions in outlet columns', () => {
    const view = buildStoryView(story);
    const carriers = (id: string) => view.claims.find((c) => c.id === id)!.carriers;
    const rows = doc.querySelectorAll('tbody[data-row]');
    const folded = rows.filter((row) => row.classList.contains('row-folded'));
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.length).toBeLessThan(rows.length);
    for (const row of rows) {
      const id = attr(row, 'data-row');
      const fold = row.querySelector('details[data-fold]');
      expect(row.classList.contains('row-folded'), id).toBe(carriers(id) * 2 < 5);
      if (!fold) {
        expect(row.querySelectorAll('td.cell [data-claim]').length).toBeGreaterThan(0);
        continue;
      }
      expect(fold.hasAttribute('open')).toBe(false);
      // The heading stays in sight: statement, count and who carries it, in the summary (which holds no links).
      const summary = fold.querySelector(':scope > summary')!;
      expect(summary.querySelector('.statement')).not.toBeNull();
      expect(summary.querySelectorAll('a')).toHaveLength(0);
      const names = view.claims.find((c) => c.id === id)!.carriedBy.map((a) => a.name);
      expect(summary.textContent).toContain(`in ${names.join(' and ')}`);
      expect(fold.querySelectorAll('[data-claim]').length).toBeGreaterThanOrEqual(2);
      expect(fold.querySelector(`a[href="claims/${id}.html"]`)).not.toBeNull();
    }
    expect(foldsRow(2, 5)).toBe(true);
    expect(foldsRow(3, 5)).toBe(false);
    expect(foldsRow(2, 4)).toBe(false);
    expect(foldsRow(1, 5)).toBe(false);
    expect(foldsRow(3, 8)).toBe(true);
  });

  it('lists the style differences once, with each article under the way it writes the name, on this page and the overview', () => {
    const view = buildStoryView(story);
    expect(view.styleDifferences.length).toBeGreaterThan(0);
    for (const name of [`${STORY_ID}/compare.html`, `${STORY_ID}/index.html`]) {
      const items = page(name).querySelectorAll('.style-differences li');
      expect(items, name).toHaveLength(view.styleDifferences.length);
      view.styleDifferences.forEach((difference, index) => {
        for (const form of difference.forms)
          expect(items[index].textContent).toContain(`“${form.text}” in ${form.articles[0].article.name}`);
        const names = difference.forms.flatMap((form) => form.articles.map((a) => a.article.name));
        expect(new Set(names).size, 'each article once').toBe(names.length);
      });
    }
  });

  it("heads each row with the claim in one version's words and how many outlets carry it", () => {
    const view = buildStoryView(story);
    for (const row of doc.querySelectorAll('tbody[data-row]')) {
      const claim = view.claims.find((c) => c.id === attr(row, 'data-row'))!;
      const head = row.querySelector('.claim-head')!;
      expect(head.querySelector('.statement')!.textContent).toBe(claim.statement);
      // One version's words, in quotation marks unless they open with their own, cut short with "…".
      const start = claim.statement.replace(/(…”|…|”)$/, '');
      const opened = (text: string) => (/^[“"‘']/.test(text) ? text : `“${text}`);
      expect(claim.versions.some((v) => opened(v.sentence.text.replace(/\s+/g, ' ').trim()).startsWith(start))).toBe(true);
      expect(head.textContent).toContain(`${claim.carriers} of 5 outlets`);
    }
  });

  it('folds the exclusives away: one closed <details> per article, with its count, holding its sentences', () => {
    const groups = doc.querySelectorAll('details[data-exclusives]');
    const byArticle = new Map<string, string[]>();
    for (const claim of exclusive())
      byArticle.set(claim.members[0].article, [...(byArticle.get(claim.members[0].article) ?? []), claim.id]);
    expect(groups.map((g) => attr(g, 'data-article'))).toEqual(story.story.articles.map((a) => a.id).filter((id) => byArticle.has(id)));
    for (const group of groups) {
      expect(group.hasAttribute('open')).toBe(false);
      const ids = group.querySelectorAll('[data-claim]').map((el) => attr(el, 'data-claim'));
      expect(ids.sort()).toEqual([...byArticle.get(attr(group, 'data-article'))!].sort());
      expect(group.querySelector('summary')!.textContent).toContain(`(${ids.length} sentence`);
    }
  });

  it('marks every sentence with its claim and article, focusable', () => {
    const sentences = doc.querySelectorAll('[data-claim]');
    expect(sentences).toHaveLength(story.alignment.claims.reduce((sum, c) => sum + c.members.length, 0));
    for (const el of sentences) {
      const row = el.closest('tbody[data-row]');
      if (row) expect(attr(el, 'data-claim')).toBe(attr(row, 'data-row'));
      else expect(el.closest('details[data-exclusives]')).not.toBeNull();
      const claim = story.alignment.claims.find((c) => c.id === attr(el, 'data-claim'))!;
      expect(claim.members.map((m) => m.article)).toContain(attr(el, 'data-article'));
      expect(attr(el, 'tabindex')).toBe('0');
      expect(el.classList.contains('is-highlighted')).toBe(false);
      expect(el.querySelector('.place')?.textContent ?? '').toMatch(/placed in (lead|¶ \d+ of \d+)/);
    }
  });

  it('marks word differences of a nearly word-for-word row with <ins> against its fullest version, never colour alone', () => {
    // The fixture's rule makes paraphrases only: one of them marked nearly word for word.
    const claim = shared().find((c) => c.kind === 'paraphrase')!;
    const near = fixtureStory();
    near.alignment.claims = near.alignment.claims.map((c) => (c.id === claim.id ? { ...c, kind: 'near-verbatim' } : c));
    const row = parse(String(renderSite([near], renderOptions()).get(`${STORY_ID}/compare.html`))).querySelector(
      `tbody[data-row="${claim.id}"]`,
    )!;
    const sentences = row.querySelectorAll('[data-claim]');
    const plain = sentences.filter((el) => el.querySelectorAll('ins, del').length === 0);
    expect(plain.some((el) => el.classList.contains('is-reference'))).toBe(true);
    expect(sentences.some((el) => el.querySelectorAll('ins').length > 0)).toBe(true);
  });

  it("marks a paraphrase's shared core, not every word it words differently", () => {
    const claim = shared().find((c) => c.kind === 'paraphrase')!;
    const row = doc.querySelector(`tbody[data-row="${claim.id}"]`)!;
    expect(row.querySelectorAll('ins, del')).toHaveLength(0);
    expect(row.querySelectorAll('mark.core').length).toBeGreaterThan(0);
  });

  it('offers the filters and the orders as buttons and states the number of rows', () => {
    const filters = doc.querySelectorAll('button[data-filter]').map((el) => attr(el, 'data-filter'));
    expect(filters).toEqual(['all', 'shared', 'exclusive', ...story.story.articles.map((a) => `article:${a.id}`)]);
    expect(doc.querySelectorAll('button[data-order]').map((el) => attr(el, 'data-order'))).toEqual(['coverage', 'prominence']);
    expect(doc.querySelector('[data-filters]')!.hasAttribute('hidden')).toBe(true); // shown by the script
    expect(doc.querySelector('[data-rows-shown]')!.textContent).toBe(String(shared().length));
    expect(doc.querySelector('[data-row-count]')!.textContent).toContain(`of ${buildStoryView(story).claims.length} claims`);
  });

  it('tells each row which articles carry it, how widely and how prominently', () => {
    for (const row of doc.querySelectorAll('tbody[data-row]')) {
      const claim = story.alignment.claims.find((c) => c.id === attr(row, 'data-row'))!;
      expect(attr(row, 'data-carried-by').split(' ').sort()).toEqual([...claim.carriedBy].sort());
      expect(attr(row, 'data-share')).toBe(claim.carriedBy.length === 5 ? 'all' : 'some');
      expect(Number(attr(row, 'data-prominence'))).toBeGreaterThanOrEqual(0);
      expect(Number(attr(row, 'data-prominence'))).toBeLessThanOrEqual(1);
    }
  });
});

describe('article pages', () => {
  it('give outlet, date and original link separated by dots, with no dot for a part that is missing', () => {
    const metaOf = (name: string) => page(name).querySelector('header .meta, .meta')!.textContent.trim();
    // The hostile fixture's first article has an outlet but no date or link; the second has neither.
    expect(metaOf('hostile/articles/evil.html')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(files.get('hostile/articles/plain.html')).not.toMatch(/class="meta">\s*·|·\s*<\/p>/);
    for (const article of story.story.articles) {
      const meta = metaOf(`${STORY_ID}/articles/${article.id}.html`);
      expect(meta, article.id).not.toMatch(/^·|·$|· ·/);
    }
  });

  it('anchor every sentence, shade it by how widely it is carried and link it to its claim', () => {
    const view = buildStoryView(story);
    for (const article of story.story.articles) {
      const doc = page(`${STORY_ID}/articles/${article.id}.html`);
      for (const sentence of article.sentences) {
        const el = doc.querySelector(`#${sentence.id}`);
        expect(el, `${article.id}#${sentence.id}`).not.toBeNull();
        const claim = view.claimOf.get(`${article.id}/${sentence.id}`)!;
        expect(el!.classList.contains(`s-${claim.share}`)).toBe(true);
        expect(attr(el!.querySelector('a.claim-link')!, 'href')).toBe(
          claim.carriers > 1 ? `../claims/${claim.id}.html` : `../articles/${article.id}.html#${sentence.id}`,
        );
        expect(el!.querySelector('.claim-link .vh')!.textContent).toMatch(
          /only in this article|in all 5 articles|also in \d other article/,
        );
      }
      expect(doc.querySelector('details.furniture')).not.toBeNull();
    }
  });

  it('keeps the article’s words in order', () => {
    const article = story.story.articles[2];
    const doc = page(`${STORY_ID}/articles/${article.id}.html`);
    const flat = (s: string) => s.replace(/\s+/g, '');
    for (const sentence of article.sentences) {
      const el = doc.querySelector(`#${sentence.id}`)!;
      let words = el.textContent;
      for (const extra of el.querySelectorAll('.speaker, .claim-link')) words = words.replace(extra.textContent, '');
      expect(flat(words), sentence.id).toBe(flat(sentence.text));
    }
    const ids = doc.querySelectorAll('.article-body [id]').map((el) => el.id);
    expect(ids).toEqual(article.sentences.map((s) => s.id));
  });

  it('marks quotations with their speaker', () => {
    const quotation = story.analysis.quotations.find((q) => q.speaker)!;
    const doc = page(`${STORY_ID}/articles/${quotation.article}.html`);
    const sentence = doc.querySelector(`#${quotation.sentence}`)!;
    expect(sentence.querySelector('q.quote')!.textContent).toContain(quotation.text);
    expect(sentence.querySelector('.speaker')!.textContent).toContain(quotation.speaker!);
  });
});

describe('claim pages', () => {
  it('show every version side by side with the differences', () => {
    const claim = story.alignment.claims.find((c) => c.members.length > 2 && c.kind !== 'verbatim')!;
    const doc = page(`${STORY_ID}/claims/${claim.id}.html`);
    const versions = doc.querySelectorAll('.version').filter((el) => !el.classList.contains('empty'));
    expect(versions).toHaveLength(claim.members.length);
    expect(doc.querySelectorAll('.version.empty')).toHaveLength(claim.omittedBy.length);
    expect(doc.querySelectorAll('.version ins, .version del, .version mark.core').length).toBeGreaterThan(0);
    for (const m of claim.members) expect(doc.querySelector(`a[href="../articles/${m.article}.html#${m.sentence}"]`)).not.toBeNull();
  });
});

describe('quotes page', () => {
  it('shows each quotation group with its speaker, articles and words, and flags truncation and speaker conflicts', () => {
    const doc = page(`${STORY_ID}/quotes.html`);
    const groups = doc.querySelectorAll('.quote-group');
    expect(groups).toHaveLength(story.alignment.quotes.length);
    story.alignment.quotes.forEach((quote, index) => {
      const group = groups[index];
      expect(group.id).toBe(quote.id);
      expect(group.querySelectorAll('.quote-member')).toHaveLength(quote.members.length);
      expect(group.querySelector('.flags .flag-truncated') !== null).toBe(quote.truncated);
      // A version with fewer words is marked cut short only in a group the aligner found cut short.
      if (!quote.truncated) expect(group.querySelectorAll('.quote-member .flag-truncated')).toHaveLength(0);
      expect(group.querySelector('.flags .flag-conflict') !== null).toBe(quote.speakerConflict);
      if (quote.speaker) expect(group.querySelector('h2')!.textContent).toContain(quote.speaker);
    });
  });

  it('flags a quote credited to different speakers', () => {
    const altered = fixtureStory();
    const group = altered.alignment.quotes.find((q) => q.members.length > 1)!;
    group.speaker = 'Original Speaker';
    group.members = group.members.map((m, index) => ({ ...m, speaker: index === 1 ? 'Someone Else' : 'Original Speaker' }));
    group.speakerConflict = true;
    const doc = parse(String(renderSite([altered], renderOptions()).get(`${STORY_ID}/quotes.html`)));
    const el = doc.querySelector(`#${group.id}`)!;
    expect(el.querySelector('.flags .flag-conflict')!.textContent).toContain('Someone Else');
    expect(el.querySelectorAll('.quote-member .flag-conflict')).toHaveLength(1);
    expect(el.querySelector('.quote-member .flag-conflict')!.textContent).toBe('⚠ elsewhere credited to Original Speaker');
  });

  it('warns on a member only where it names someone else: not a shorter form of the name, not a description', () => {
    const altered = fixtureStory();
    const group = altered.alignment.quotes.find((q) => q.members.length > 1)!;
    const credit = (speakers: string[], conflict: boolean) => {
      group.speaker = 'Sergei Lavrov';
      group.members = group.members.slice(0, 2).concat(group.members.slice(0, 1)).slice(0, speakers.length);
      group.members = group.members.map((m, index) => ({ ...m, speaker: speakers[index] }));
      group.speakerConflict = conflict;
      const doc = parse(String(renderSite([altered], renderOptions()).get(`${STORY_ID}/quotes.html`)));
      return doc
        .querySelector(`#${group.id}`)!
        .querySelectorAll('.quote-member .meta')
        .filter((meta) => meta.querySelector('.flag-conflict'))
        .map((meta) => meta.textContent.replace(/\s+/g, ' ').trim().split(' ⚠')[0]);
    };
    // The aligner found no conflict: a statement credited for the ministry's words is no other speaker.
    expect(credit(['Sergei Lavrov', 'the statement'], false)).toEqual([]);
    // A conflict between two names: the short form of the group's name and the description are not flagged.
    expect(credit(['Lavrov', 'John Kerry', 'the statement'], true)).toEqual(['Credited to John Kerry']);
  });
});

describe('quotes page: versions worded differently', () => {
  it('marks no version cut short in a group the aligner did not find cut short', () => {
    const altered = fixtureStory();
    const group = altered.alignment.quotes.find((q) => q.members.length > 1)!;
    group.truncated = false;
    group.members = group.members.map((m, index) => (index === 0 ? { ...m, text: m.text.split(' ').slice(0, 3).join(' ') } : m));
    const doc = parse(String(renderSite([altered], renderOptions()).get(`${STORY_ID}/quotes.html`)));
    expect(doc.querySelector(`#${group.id}`)!.querySelectorAll('.quote-member .flag-truncated')).toHaveLength(0);
  });
});

describe('quotes page: one remark an outlet quotes in pieces', () => {
  it('shows the pieces of one article as one version, joined by an ellipsis in their order', () => {
    const altered = fixtureStory();
    const group = altered.alignment.quotes.find((q) => q.members.length > 1)!;
    const [first, second] = group.members;
    const pieces = [first, { ...first, quotation: `${first.quotation}-b`, text: 'and we will go on' }];
    group.members = [...pieces, ...group.members.filter((m) => m.article !== first.article && m !== second), second];
    const doc = parse(String(renderSite([altered], renderOptions()).get(`${STORY_ID}/quotes.html`)));
    const versions = doc.querySelector(`#${group.id}`)!.querySelectorAll('.quote-member');
    const ofFirst = versions.filter((version) =>
      version.querySelectorAll('a').some((link) => attr(link, 'href').includes(`articles/${first.article}.html`)),
    );
    expect(ofFirst).toHaveLength(1);
    expect(ofFirst[0].textContent.replace(/\s+/g, ' ')).toContain(`${first.text} … and we will go on`);
  });
});

describe('escaping', () => {
  it('never lets article text become markup', () => {
    for (const [name, content] of files) {
      if (!name.startsWith('hostile/') || !name.endsWith('.html')) continue;
      const html = String(content);
      expect(html, name).not.toContain('<script>alert');
      expect(html, name).not.toMatch(/<img[^>]*onerror/);
      expect(html, name).not.toContain('<b>Evil</b>');
    }
    expect(text('index.html')).toContain('&lt;img src=x onerror=alert(&quot;story&quot;)&gt;');
    const article = text('hostile/articles/evil.html');
    expect(article).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; co');
    expect(article).toContain('&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;');
    expect(text('hostile/compare.html')).toContain('&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;');
    expect(text('hostile/quotes.html')).toContain('&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;');
    // the hostile quote's text is still there, whole, in the data
    expect(hostile.alignment.quotes.some((q) => q.members.some((m) => m.text.includes('<script>')))).toBe(true);
  });
});

describe('shorten', () => {
  it('cuts at a word, and a full stop gives way to the ellipsis (“… stays in hotels…”, not “hotels.…”)', () => {
    const text = 'Every minister in Europe has dinners. Every minister stays in hotels. If this is a crime, lock up the cabinet.';
    expect(shorten(text, 72)).toBe('Every minister in Europe has dinners. Every minister stays in hotels…');
    expect(shorten('Talks on the deal with the U.S. went on late into the night', 32)).toBe('Talks on the deal with the U.S.…');
  });
});
