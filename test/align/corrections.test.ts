// An editor's corrections (corrections.yml) applied after alignment: each kind changes the alignment as
// it says, is kept in alignment.json, is shown on the pages with its reason, and a correction whose
// sentence is gone is a warning with the file and line, never applied by half.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { applyCorrections, comparable } from '../../src/align/corrections.js';
import { buildSite } from '../../src/build.js';
import { parseCorrections } from '../../src/parse/corrections.js';
import { parseStory } from '../../src/parse/story.js';
import type { Alignment, Claim, Quotation, QuoteGroup, Story } from '../../src/types.js';
import { articlesFolder, source } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'a.md':
    '---\ntitle: Kerry and Lavrov meet\noutlet: Alpha News\n---\nKerry met Lavrov in Moscow on Tuesday. The talks lasted four hours.\n\n“We made real progress,” Kerry said. Officials expect a new round of talks in January.\n',
  'b.md':
    '---\ntitle: Four hours of talks\noutlet: Beta Post\n---\nJohn Kerry held talks with Sergei Lavrov in Moscow. The meeting ran for four hours.\n\n“We made real progress,” he said. The weather in Moscow was cold and grey.\n',
  'c.md':
    '---\ntitle: Progress, Kerry says\noutlet: Gamma Times\n---\nKerry and Lavrov met in the Russian capital. Kerry said “we made real progress” after the meeting.\n',
};

const PATH = 'articles/s/corrections.yml';

function story(): Story {
  return parseStory({ id: 's', articles: Object.entries(ARTICLES).map(([name, text]) => source(text, `articles/s/${name}`)) });
}

/** An alignment made by hand: each claim as "article#sentence" members (whatever the aligner would say). */
function alignmentOf(s: Story, groups: string[][], quotes: QuoteGroup[] = []): Alignment {
  const claims: Claim[] = groups.map((members, i) => {
    const carriedBy = [...new Set(members.map((m) => m.split('#')[0]))];
    return {
      id: `c${i + 1}`,
      kind: members.length > 1 ? 'paraphrase' : 'exclusive',
      score: members.length > 1 ? 0.6 : 1,
      members: members.map((m) => ({ article: m.split('#')[0], sentence: m.split('#')[1] })),
      carriedBy,
      omittedBy: s.articles.map((a) => a.id).filter((id) => !carriedBy.includes(id)),
    };
  });
  return { story: { id: s.id, title: s.title }, articles: [], claims, quotes, overlap: [], exclusives: {}, conflicts: [] };
}

const QUOTATIONS: Quotation[] = [
  {
    id: 'q1',
    article: 'a',
    sentence: 's3',
    start: 0,
    end: 0,
    text: 'We made real progress',
    kind: 'full',
    speaker: 'John Kerry',
    speakerReason: null,
    nested: false,
  },
  {
    id: 'q2',
    article: 'b',
    sentence: 's3',
    start: 0,
    end: 0,
    text: 'We made real progress',
    kind: 'full',
    speaker: 'John Kerry',
    speakerReason: null,
    nested: false,
  },
  {
    id: 'q3',
    article: 'c',
    sentence: 's2',
    start: 0,
    end: 0,
    text: 'we made real progress',
    kind: 'partial',
    speaker: 'John Kerry',
    speakerReason: null,
    nested: false,
  },
];
const QUOTE_GROUP: QuoteGroup = {
  id: 'g1',
  speaker: 'John Kerry',
  speakerConflict: false,
  truncated: false,
  members: QUOTATIONS.map((q) => ({
    article: q.article,
    sentence: q.sentence,
    quotation: q.id,
    text: q.text,
    speaker: q.speaker,
    speakerReason: q.speakerReason,
    kind: q.kind,
  })),
};

function corrections(yaml: string) {
  return parseCorrections(source(yaml, PATH));
}

/** Claims as sorted "article#sentence" lists, for comparing shapes. */
function shape(alignment: Alignment): string[][] {
  return alignment.claims.map((claim) => claim.members.map((m) => `${m.article}#${m.sentence}`));
}

function claimWith(alignment: Alignment, member: string): Claim {
  const [article, sentence] = member.split('#');
  return alignment.claims.find((claim) => claim.members.some((m) => m.article === article && m.sentence === sentence))!;
}

describe('applyCorrections', () => {
  const s = story();
  const allAlone = alignmentOf(s, [['a#s1'], ['a#s2'], ['a#s3'], ['a#s4'], ['b#s1'], ['b#s2'], ['b#s3'], ['b#s4'], ['c#s1'], ['c#s2']]);

  it('without a corrections file, returns the alignment untouched', () => {
    const result = applyCorrections(s, QUOTATIONS, allAlone, undefined);
    expect(result.alignment).toBe(allAlone);
    expect(result.quotations).toBe(QUOTATIONS);
    expect(result.warnings).toEqual([]);
  });

  it('link: the other sentences join the first one’s claim, which is renumbered and reordered as the aligner would', () => {
    const { alignment, warnings } = applyCorrections(
      s,
      QUOTATIONS,
      allAlone,
      corrections(
        'corrections:\n  - link:\n      - "b: The meeting ran"\n      - "a: The talks lasted"\n    reason: Same length of talks\n',
      ),
    );
    expect(warnings).toEqual([]);
    const claim = claimWith(alignment, 'a#s2');
    expect(claim.members).toEqual([
      { article: 'a', sentence: 's2' },
      { article: 'b', sentence: 's2' },
    ]);
    expect(claim).toMatchObject({ id: 'c1', kind: 'paraphrase', carriedBy: ['a', 'b'], omittedBy: ['c'], corrections: [0] });
    expect(alignment.corrections).toEqual([
      {
        action: 'link',
        line: 2,
        members: [
          { article: 'b', sentence: 's2' },
          { article: 'a', sentence: 's2' },
        ],
        reason: 'Same length of talks',
      },
    ]);
    expect(alignment.exclusives.a).toEqual(['s1', 's3', 's4']);
    expect(alignment.claims).toHaveLength(9);
  });

  it('unlink: the sentence stands alone, an exclusive; the rest of its claim stays together', () => {
    const linked = alignmentOf(s, [['a#s1', 'b#s1', 'c#s1'], ['a#s2'], ['b#s2']]);
    const { alignment } = applyCorrections(s, QUOTATIONS, linked, corrections('corrections:\n  - unlink: "c: Kerry and Lavrov met"\n'));
    expect(shape(alignment)).toEqual([['a#s1', 'b#s1'], ['a#s2'], ['b#s2'], ['c#s1']]);
    expect(claimWith(alignment, 'c#s1')).toMatchObject({ kind: 'exclusive', score: 1, corrections: [0] });
    expect(claimWith(alignment, 'a#s1')).toMatchObject({ kind: 'paraphrase', score: 0.6, corrections: [0] });
    expect(alignment.exclusives.c).toEqual(['s1']);
  });

  it('split: the named sentences leave their claim together', () => {
    const linked = alignmentOf(s, [['a#s1', 'a#s2', 'b#s1', 'b#s2']]);
    const { alignment } = applyCorrections(
      s,
      QUOTATIONS,
      linked,
      corrections('corrections:\n  - split: ["a: The talks lasted", "b: The meeting ran"]\n    reason: Length, not the meeting\n'),
    );
    expect(shape(alignment)).toEqual([
      ['a#s1', 'b#s1'],
      ['a#s2', 'b#s2'],
    ]);
    expect(alignment.claims.every((claim) => claim.corrections?.[0] === 0)).toBe(true);
  });

  it('merge: the whole claims of the named sentences become one', () => {
    const two = alignmentOf(s, [['a#s1', 'b#s1'], ['a#s2', 'b#s2'], ['c#s1']]);
    const { alignment } = applyCorrections(
      s,
      QUOTATIONS,
      two,
      corrections('corrections:\n  - merge: ["a: Kerry met", "b: The meeting ran"]\n'),
    );
    expect(shape(alignment)).toEqual([['a#s1', 'a#s2', 'b#s1', 'b#s2'], ['c#s1']]);
    expect(alignment.claims[0]).toMatchObject({ kind: 'paraphrase', corrections: [0] });
  });

  it('hide: the sentence is in no claim and no exclusives, and its quotations leave their groups', () => {
    const { alignment } = applyCorrections(
      s,
      QUOTATIONS,
      alignmentOf(s, [['a#s3', 'b#s3'], ['b#s4']], [QUOTE_GROUP]),
      corrections('corrections:\n  - hide: "b: “We made real progress,” he"\n    reason: Unclear who speaks\n'),
    );
    expect(shape(alignment)).toEqual([['a#s3'], ['b#s4']]);
    expect(alignment.quotes[0].members.map((m) => m.article)).toEqual(['a', 'c']);
    expect(alignment.corrections![0]).toMatchObject({ action: 'hide', reason: 'Unclear who speaks' });
  });

  it('speaker: set on the quotation and its group member, the group’s speaker and conflict worked out again', () => {
    const { alignment, quotations } = applyCorrections(
      s,
      QUOTATIONS,
      alignmentOf(s, [], [QUOTE_GROUP]),
      corrections('corrections:\n  - speaker: Sergei Lavrov\n    quote: "b: We made real"\n    reason: Lavrov said it\n'),
    );
    expect(quotations.find((q) => q.id === 'q2')!.speaker).toBe('Sergei Lavrov');
    expect(QUOTATIONS[1].speaker).toBe('John Kerry'); // the input is not changed
    const group = alignment.quotes[0];
    expect(group.members[1]).toMatchObject({ quotation: 'q2', speaker: 'Sergei Lavrov', corrections: [0] });
    expect(group).toMatchObject({ speaker: 'John Kerry', speakerConflict: true });
    expect(alignment.corrections![0]).toMatchObject({ action: 'speaker', quotation: 'q2', speaker: 'Sergei Lavrov' });
  });

  it('speaker: null clears it', () => {
    const { quotations, alignment } = applyCorrections(
      s,
      QUOTATIONS,
      alignmentOf(s, [], [QUOTE_GROUP]),
      corrections('corrections:\n  - speaker: null\n    quote: "c: Kerry said"\n'),
    );
    expect(quotations.find((q) => q.id === 'q3')!.speaker).toBeNull();
    expect(alignment.quotes[0].members[2].speaker).toBeNull();
    expect(alignment.corrections![0]).toMatchObject({ action: 'speaker', speaker: null });
  });

  it('not-a-quote: the quotation becomes a scare quote without a speaker and leaves its group', () => {
    const { quotations, alignment } = applyCorrections(
      s,
      QUOTATIONS,
      alignmentOf(s, [], [QUOTE_GROUP]),
      corrections('corrections:\n  - not-a-quote: "c: Kerry said"\n'),
    );
    expect(quotations.find((q) => q.id === 'q3')).toMatchObject({ kind: 'scare', speaker: null });
    expect(alignment.quotes[0].members.map((m) => m.quotation)).toEqual(['q1', 'q2']);
  });

  it('a sentence named by text that changed: a warning at its line and column, and the correction not applied at all', () => {
    const linked = alignmentOf(s, [['a#s1'], ['b#s1']]);
    const { alignment, warnings } = applyCorrections(
      s,
      QUOTATIONS,
      linked,
      corrections('corrections:\n  - link:\n      - "a: Kerry met"\n      - "b: Kerry flew to Moscow"\n'),
    );
    expect(warnings).toEqual([
      {
        path: PATH,
        line: 4,
        column: 9,
        message:
          "no sentence of “b” starts with “Kerry flew to Moscow” any more (the text may have changed): copy the sentence's first words from the article again, or remove this correction. It was not applied",
      },
    ]);
    expect(shape(alignment)).toEqual([['a#s1'], ['b#s1']]);
    expect(alignment.corrections).toEqual([]);
  });

  it('an article that is not in the story, or words that fit two sentences: warned, with what to do', () => {
    const { warnings } = applyCorrections(
      s,
      QUOTATIONS,
      allAlone,
      corrections(
        'corrections:\n  - unlink: "bb: The meeting"\n  - unlink: "b: The"\n  - hide: "a: We made real"\n    reason: x\n  - speaker: X\n    quote: "a: Kerry met"\n',
      ),
    );
    expect(warnings.map((w) => `${w.line}:${w.column}  ${w.message}`)).toEqual([
      '2:13  this story has no article “bb” (did you mean “b”?); its articles are a, b, c. The correction was not applied',
      '3:13  2 sentences of “b” start with “The”: add words until only one does. The correction was not applied',
      '7:12  the sentence “a: Kerry met” holds no quotation any more (the text may have changed): check it, or remove this correction. It was not applied',
    ]);
  });

  it('matches the first words whatever the quotation marks, case, spacing or a closing ellipsis', () => {
    expect(comparable('“We  made\nreal…')).toBe(comparable('we made real'));
  });
});

describe('corrections in the built site', () => {
  const CORRECTIONS = [
    'corrections:',
    '  - link: ["a: Officials expect", "b: The meeting ran"]',
    '    reason: Editor’s test link',
    '  - hide: "b: The weather in Moscow"',
    '    reason: Weather is not news here',
    '  - speaker: Sergei Lavrov',
    '    quote: "b: “We made real progress,”"',
    '    reason: Checked the video',
    '  - not-a-quote: "c: Kerry said"',
    '    reason: A paraphrase in quotation marks',
    '  - unlink: "c: This sentence is not there"',
    '',
  ].join('\n');

  it('is applied, shown with its reason, kept in alignment.json (valid against its schema), and a stale one warned about', async () => {
    const dir = await articlesFolder({
      ...Object.fromEntries(Object.entries(ARTICLES).map(([name, text]) => [`s/${name}`, text])),
      's/corrections.yml': CORRECTIONS,
    });
    const { files, warnings } = await buildSite({ articlesDir: dir });
    const page = (name: string) => String(files.get(`s/${name}`));

    expect(warnings.map((w) => `${w.path.slice(dir.length)}:${w.line}:${w.column}`)).toEqual(['/s/corrections.yml:11:13']);
    expect(warnings[0].message).toMatch(/^no sentence of “c” starts with “This sentence is not there” any more/);

    const alignment = JSON.parse(page('alignment.json')) as Alignment;
    expect(alignment.corrections!.map((c) => [c.action, c.line])).toEqual([
      ['link', 2],
      ['hide', 4],
      ['speaker', 6],
      ['not-a-quote', 9],
    ]);
    const linked = claimWith(alignment, 'a#s4');
    expect(linked.members).toContainEqual({ article: 'b', sentence: 's2' });
    expect(alignment.claims.some((claim) => claim.members.some((m) => m.article === 'b' && m.sentence === 's4'))).toBe(false);
    const schema = JSON.parse(page('alignment.schema.json'));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    expect(validate(alignment), JSON.stringify(validate.errors)).toBe(true);

    // Shown: a mark with the reason on each page the correction changes.
    expect(page('articles/a.html')).toContain('title="linked to this claim by an editor: Editor’s test link"');
    expect(page(`claims/${linked.id}.html`)).toContain('linked to this claim by an editor: Editor’s test link');
    expect(page('compare.html')).toContain('linked to this claim by an editor: Editor’s test link');
    expect(page('articles/b.html')).toMatch(
      /<span class="s s-hidden" id="s4">The weather in Moscow was cold and grey\. <span class="edit-mark" title="hidden from the comparison by an editor: Weather is not news here">/,
    );
    expect(page('compare.html')).not.toContain('The weather in Moscow');
    expect(page('quotes.html')).toContain('speaker set to Sergei Lavrov by an editor: Checked the video');
    expect(page('articles/b.html')).toMatch(/<span class="vh">quoting <\/span>Sergei Lavrov<\/span>/);
    expect(page('articles/c.html')).toContain('marked as not a quotation by an editor: A paraphrase in quotation marks');
    expect(page('articles/c.html')).not.toContain('<q class="quote">');
  });

  it('publishes the corrections schema beside the alignment schema, and the schema accepts the example and rejects a wrong one', async () => {
    const dir = await articlesFolder({ 's/a.md': ARTICLES['a.md'] });
    const { files } = await buildSite({ articlesDir: dir });
    const schema = JSON.parse(String(files.get('s/corrections.schema.json')));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const example = {
      corrections: [
        { link: ['a: Officials expect', 'b: The meeting ran'], reason: 'x' },
        { hide: 'b: The weather', reason: 'y' },
        { speaker: null, quote: 'c: Kerry said' },
        { 'not-a-quote': 'c: Kerry said', words: 'we made' },
      ],
    };
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ corrections: [{ hide: 'b: The weather' }] })).toBe(false); // no reason
    expect(validate({ corrections: [{ lnk: ['a: x', 'b: y'] }] })).toBe(false);
  });
});
