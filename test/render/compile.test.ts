// Templates compiled by compileTemplate must render exactly as nunjucks renders them, whether or not
// their loops read `loop.*`, and must fail as nunjucks fails.
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR, readTemplates } from '../../src/load/templates.js';
import { compileTemplate } from '../../src/render/compile.js';
import { pageTemplates } from '../../src/render/environment.js';
import { buildArticleView, buildStoryView } from '../../src/render/model.js';
import { fixtureStory } from './fixture.js';

const TEMPLATES: Record<string, string> = {
  'plain.njk': '{% for x in xs %}<i>{{ x }}</i>{% endfor %}',
  'loop.njk': '{% for x in xs %}{{ loop.index }}/{{ loop.length }} {{ x }}{% if not loop.last %}, {% endif %}{% endfor %}',
  'nested.njk': '{% for row in rows %}{% for x in row %}{{ loop.index0 }}{{ x }}{% endfor %}|{% endfor %}',
  'outer.njk': '{% for row in rows %}[{% for x in row %}{{ x }}{% endfor %}{{ loop.revindex }}]{% endfor %}',
  'included.njk': '{% for x in xs %}{% include "part.njk" %}{% endfor %}',
  'part.njk': '({{ loop.index }}:{{ x }})',
  'object.njk': '{% for k, v in obj %}{{ k }}={{ v }}{% if loop.first %}!{% endif %};{% endfor %}{% for k, v in obj %}{{ k }}{% endfor %}',
  'blocks.njk': '{% for x in xs %}{% block item %}{{ x }}{% endblock %}{% endfor %}',
  'child.njk': '{% extends "blocks.njk" %}{% block item %}{{ loop.index }}{{ x }}{% endblock %}',
  'else.njk': '{% for x in [] %}{{ x }}{% else %}none{% endfor %}',
  'macro.njk':
    '{% macro m(xs) %}{% for x in xs %}{{ loop.index }}{{ x }}{% endfor %}{% endmacro %}{% for x in xs %}{{ m(xs) }}{% endfor %}',
  'broken.njk': '{% for x in xs %}{{ x }',
  'members.njk':
    '{{ obj.one }}|{{ obj["two"] }}|{{ obj.absent }}|{{ missing.name }}|{{ nothing.name }}|{{ xs.length }}|{{ person.name }}|{{ person.greet("you") }}|{{ person.greet }}|{{ text }}|{{ text.length }}|{{ safe }}',
  'kwargs.njk':
    '{% macro m(a, b=2, c="x" ~ a) %}{{ a }}{{ b }}{{ c }};{% endmacro %}{{ m(1) }}{{ m(1, 3) }}{{ m(1, c="y") }}{{ m(a=5) }}{{ m(b=0) }}',
  'escaped.njk': '{% for x in texts %}[{{ x }}]{% endfor %}{% macro m(v) %}<{{ v }}>{% endmacro %}{{ m(text) }}{{ m(text) | escape }}',
};
const CONTEXT = {
  xs: ['a', '<b>', 'c'],
  rows: [['x', 'y'], [], ['z']],
  obj: { one: 1, two: 2 },
  nothing: null,
  text: `Tom & "Jerry" <em>'s</em> \\ back`,
  texts: ['', 'plain', '&', '<<>>', `'"`, '\\', 'a&b<c>d"e\'f\\g', 0, 1.5, true, null, undefined],
  safe: new nunjucks.runtime.SafeString('<b>kept</b>'),
  person: {
    name: 'Ann',
    greet(who: string) {
      return `hello ${who} from ${this.name}`;
    },
  },
};

/** Stock nunjucks over the same templates, as documented (a loader's getSource), with the same options. */
function stockNunjucks(templates: Record<string, string>): nunjucks.Environment {
  const loader = { getSource: (name: string) => ({ src: templates[name], path: name, noCache: false }) };
  return new nunjucks.Environment(loader, { autoescape: true, trimBlocks: true, lstripBlocks: true });
}

describe('compiled templates', () => {
  const ours = pageTemplates(TEMPLATES);
  const theirs = stockNunjucks(TEMPLATES);

  for (const name of Object.keys(TEMPLATES).filter((name) => name !== 'broken.njk' && name !== 'part.njk')) {
    it(`renders ${name} as nunjucks does`, () => {
      expect(ours.render(name, CONTEXT)).toBe(theirs.render(name, CONTEXT));
    });
  }

  it('escapes exactly the characters nunjucks escapes', () => {
    expect(ours.render('escaped.njk', CONTEXT)).toContain('[a&amp;b&lt;c&gt;d&quot;e&#39;f&#92;g]');
  });

  it('leaves out the loop variables only where nothing can read them', () => {
    const bindsLoop = (name: string) =>
      String(compileTemplate(TEMPLATES[name], name, ours as nunjucks.Environment).root).includes('"loop.index"');
    expect(bindsLoop('plain.njk')).toBe(false);
    expect(bindsLoop('loop.njk')).toBe(true);
    expect(bindsLoop('included.njk')).toBe(true);
    expect(bindsLoop('blocks.njk')).toBe(true);
  });

  it('reports a template that does not compile as nunjucks does', () => {
    expect(() => ours.render('broken.njk', CONTEXT)).toThrow(/expected variable end/);
    let theirError: unknown;
    try {
      theirs.render('broken.njk', CONTEXT);
    } catch (error) {
      theirError = error;
    }
    expect(() => ours.render('broken.njk', CONTEXT)).toThrow((theirError as Error).message);
  });
});

// The plain reference: the site's own templates, on a real story, render exactly as stock nunjucks renders them.
describe("the site's templates, compiled", () => {
  const ours = pageTemplates(readTemplates());
  // Read from the folder by nunjucks itself, so the reference does not share our loader either.
  const theirs = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES_DIR), {
    autoescape: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  const aligned = fixtureStory();
  const view = buildStoryView(aligned);
  const context = { story: aligned.story, view, root: '../', storyRoot: '' };
  const article = aligned.story.articles[0];
  const pages: Array<[string, Record<string, unknown>]> = [
    ['story.njk', { ...context, section: 'overview' }],
    ['compare.njk', { ...context, section: 'compare' }],
    ['quotes.njk', { ...context, section: 'quotes' }],
    ['claim.njk', { ...context, section: 'claims', claim: view.sharedClaims[0] ?? view.claims[0], next: view.claims[1] }],
    [
      'article.njk',
      {
        ...context,
        section: 'articles',
        article,
        articleView: view.articles[0],
        groups: buildArticleView(article, view, aligned.analysis.quotations),
        speakers: [],
      },
    ],
  ];
  for (const [template, pageContext] of pages) {
    it(`renders ${template} as nunjucks does`, () => {
      expect(ours.render(template, pageContext)).toBe(theirs.render(template, pageContext));
    });
  }
});
