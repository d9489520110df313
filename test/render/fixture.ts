// A hand-made AlignedStory for the render tests, built from the real Kerry–Lavrov articles.
//
// The parse stage gives the story and its sentences; the alignment is made here by a deliberately
// simple rule (sentences sharing most of their content words form a claim), so the pages can be
// rendered and looked at without depending on the analyser and aligner.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSource } from '../../src/parse/decode.js';
import { parseFrontMatter } from '../../src/parse/front-matter.js';
import { segmentBody } from '../../src/parse/article.js';
import { findConflicts } from '../../src/align/conflicts.js';
import { readTemplates } from '../../src/load/templates.js';
import { pageTemplates } from '../../src/render/environment.js';
import type { RenderOptions } from '../../src/render/index.js';
import { testWordVectors } from '../helpers.js';
import type { AlignedStory, Alignment, Article, Claim, Overlap, QuoteGroup, QuoteMember, Quotation, Story } from '../../src/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ARTICLES_DIR = path.resolve(here, '../../articles');
export const STORY_ID = 'kerry-lavrov-moscow-talks';

export function makeArticle(storyId: string, id: string, text: string, filePath = `articles/${storyId}/${id}.md`): Article {
  const fm = parseFrontMatter(text, filePath);
  const data = fm.data as Record<string, unknown>;
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const title = str('title') ?? id;
  return {
    id,
    storyId,
    path: filePath,
    title,
    label: str('label') ?? str('outlet') ?? title.slice(0, 20),
    outlet: str('outlet'),
    published: str('published'),
    source: str('source'),
    url: str('url'),
    furniture: Array.isArray(data.furniture) ? (data.furniture as string[]) : [],
    body: fm.body,
    bodyStart: fm.bodyStart,
    ...segmentBody(fm.body),
  };
}

export function loadFixtureStory(): Story {
  const folder = path.join(ARTICLES_DIR, STORY_ID);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'index.md')
    .sort();
  const articles = files.map((name) => {
    const text = decodeSource({ path: name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) });
    return makeArticle(STORY_ID, name.replace(/\.md$/, ''), text);
  });
  const index = parseFrontMatter(readFileSync(path.join(folder, 'index.md'), 'utf8'), 'index.md').data as Record<string, string>;
  return { id: STORY_ID, title: index.title, published: index.published, summary: index.summary, articles };
}

const STOP = new Set(
  'a an the of to in on for and or but at by with from as is are was were be been has have had it its that this he she they said says will would on'.split(
    ' ',
  ),
);
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const content = (text: string): Set<string> => new Set(words(text).filter((word) => !STOP.has(word)));

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** Claims: greedy grouping of sentences whose content words mostly agree, at most one sentence per article. */
function makeClaims(story: Story): Claim[] {
  const all = story.articles.flatMap((article) =>
    article.sentences.map((sentence) => ({ article: article.id, sentence, bag: content(sentence.text) })),
  );
  const used = new Set<string>();
  const groups: Array<typeof all> = [];
  for (const item of all) {
    const key = `${item.article}/${item.sentence.id}`;
    if (used.has(key)) continue;
    used.add(key);
    const group = [item];
    for (const other of story.articles) {
      if (other.id === item.article) continue;
      let best: (typeof all)[number] | undefined;
      let bestScore = 0.55;
      for (const candidate of all) {
        if (candidate.article !== other.id || used.has(`${candidate.article}/${candidate.sentence.id}`)) continue;
        const score = similarity(item.bag, candidate.bag);
        if (score > bestScore) [best, bestScore] = [candidate, score];
      }
      if (best) {
        group.push(best);
        used.add(`${best.article}/${best.sentence.id}`);
      }
    }
    groups.push(group);
  }
  const order = story.articles.map((article) => article.id);
  groups.sort((a, b) => b.length - a.length);
  return groups.map((group, index) => {
    const members = group
      .map(({ article, sentence }) => ({ article, sentence: sentence.id }))
      .sort((a, b) => order.indexOf(a.article) - order.indexOf(b.article));
    const carriedBy = members.map((member) => member.article);
    const verbatim = group.every((item) => item.sentence.text === group[0].sentence.text);
    return {
      id: `c${index + 1}`,
      kind: group.length === 1 ? 'exclusive' : verbatim ? 'verbatim' : 'paraphrase',
      score: group.length === 1 ? 1 : 0.7,
      members,
      carriedBy,
      omittedBy: order.filter((id) => !carriedBy.includes(id)),
    } satisfies Claim;
  });
}

const SPEAKERS: Array<[RegExp, string]> = [
  [/Kerry/, 'John Kerry'],
  [/Lavrov/, 'Sergei Lavrov'],
  [/Putin/, 'Vladimir Putin'],
];

/** Quotations: the words between curly double quotes; the speaker is whoever the sentence names first. */
function makeQuotations(story: Story): Quotation[] {
  const quotations: Quotation[] = [];
  for (const article of story.articles) {
    for (const sentence of article.sentences) {
      for (const match of sentence.text.matchAll(/“([^”]+)”/g)) {
        const local = (match.index ?? 0) + 1;
        const speaker = SPEAKERS.find(([pattern]) => pattern.test(sentence.text))?.[1] ?? null;
        quotations.push({
          id: `${article.id}-q${quotations.filter((q) => q.article === article.id).length + 1}`,
          article: article.id,
          sentence: sentence.id,
          start: sentence.start + local,
          end: sentence.start + local + match[1].length,
          text: match[1],
          kind: match[1].split(/\s+/).length > 3 ? 'full' : 'partial',
          speaker,
          speakerReason: null,
          nested: false,
        });
      }
    }
  }
  return quotations;
}

function makeQuoteGroups(quotations: Quotation[]): QuoteGroup[] {
  const groups: Quotation[][] = [];
  for (const quotation of quotations) {
    const bag = content(quotation.text);
    const group = groups.find((g) => g.every((q) => q.article !== quotation.article) && similarity(content(g[0].text), bag) >= 0.6);
    if (group) group.push(quotation);
    else groups.push([quotation]);
  }
  return groups
    .filter((group) => group.length > 1 || words(group[0].text).length > 3)
    .map((group, index) => {
      const members: QuoteMember[] = group.map((q) => ({
        article: q.article,
        sentence: q.sentence,
        quotation: q.id,
        text: q.text,
        speaker: q.speaker,
        speakerReason: q.speakerReason,
        kind: q.kind,
      }));
      const speakers = new Set(members.map((m) => m.speaker).filter(Boolean));
      const lengths = members.map((m) => words(m.text).length);
      return {
        id: `q${index + 1}`,
        speaker: members[0].speaker,
        members,
        speakerConflict: speakers.size > 1,
        truncated: Math.min(...lengths) < Math.max(...lengths),
      };
    });
}

function makeOverlap(story: Story): Overlap[] {
  const grams = (article: Article) => {
    const list = words(article.body);
    const set = new Set<string>();
    for (let i = 0; i + 5 <= list.length; i += 1) set.add(list.slice(i, i + 5).join(' '));
    return { list, set };
  };
  const overlap: Overlap[] = [];
  for (let i = 0; i < story.articles.length; i += 1) {
    for (let j = i + 1; j < story.articles.length; j += 1) {
      const a = grams(story.articles[i]);
      const b = grams(story.articles[j]);
      const covered = (x: typeof a, y: typeof a) => {
        const hit = new Array<boolean>(x.list.length).fill(false);
        for (let k = 0; k + 5 <= x.list.length; k += 1) if (y.set.has(x.list.slice(k, k + 5).join(' '))) hit.fill(true, k, k + 5);
        return hit.filter(Boolean).length;
      };
      const inA = covered(a, b);
      const inB = covered(b, a);
      overlap.push({
        a: story.articles[i].id,
        b: story.articles[j].id,
        shareOfA: inA / a.list.length,
        shareOfB: inB / b.list.length,
        sharedWords: Math.min(inA, inB),
      });
    }
  }
  return overlap;
}

export function alignFixture(story: Story, quotations = makeQuotations(story)): AlignedStory {
  const claims = makeClaims(story);
  const quotes = makeQuoteGroups(quotations);
  const exclusives: Record<string, string[]> = {};
  for (const article of story.articles) exclusives[article.id] = [];
  for (const claim of claims) if (claim.members.length === 1) exclusives[claim.members[0].article].push(claim.members[0].sentence);
  const alignment: Alignment = {
    story: { id: story.id, title: story.title },
    articles: story.articles.map((article) => ({
      id: article.id,
      title: article.title,
      sentences: article.sentences.map(({ id, text, start, end }) => ({ id, text, start, end })),
    })),
    claims,
    quotes,
    overlap: makeOverlap(story),
    exclusives,
    conflicts: findConflicts(story, claims, quotes),
  };
  return { story, analysis: { story, quotations, speakers: [], tokens: {}, referents: {}, vectors: testWordVectors() }, alignment };
}

/** The Kerry–Lavrov story, aligned by the fixture's simple rule. */
export function fixtureStory(): AlignedStory {
  return alignFixture(loadFixtureStory());
}

/** A small story whose every text field tries to break out of its markup. */
export function hostileStory(): AlignedStory {
  const storyId = 'hostile';
  const a = makeArticle(
    storyId,
    'evil',
    [
      '---',
      `title: '<script>alert("title")</script> & co'`,
      `label: '<b>Evil</b>'`,
      `outlet: '"><img src=x onerror=alert(1)>'`,
      '---',
      // Backslashes make markdown keep the angle brackets as text, so they reach the sentence and quote.
      'The minister said “\\<script>alert("quote")\\</script> is fine” on Tuesday. Nothing else happened here.',
      '',
    ].join('\n'),
  );
  const b = makeArticle(
    storyId,
    'plain',
    [
      '---',
      'title: Plain report',
      'label: Plain',
      '---',
      'The minister said “\\<script>alert("quote")\\</script> is fine” on Monday. Another thing happened.',
      '',
    ].join('\n'),
  );
  const story: Story = {
    id: storyId,
    title: '<img src=x onerror=alert("story")>',
    published: '2020-01-01',
    summary: '</p><script>alert(2)</script>',
    articles: [a, b],
  };
  return alignFixture(story);
}

/** What the renderer needs besides the story: the repository's templates, as a build reads and compiles them. */
export function renderOptions(base?: string): RenderOptions {
  return { templates: pageTemplates(readTemplates()), base };
}
