// Big and strange input stays fast and never overflows the stack. Inputs are generated here (nothing
// big is committed). Linearity is checked by timing 1× against 4× the input and allowing a generous
// factor (< 12×), each the fastest of three runs; there are no absolute times.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/parse/article.js';
import { DEPTH_LIMIT } from '../../src/parse/guard.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { cli, tempDir, writeArticles } from './helpers.js';

/** Hostile shapes, each n levels or repetitions. */
const SHAPES: Record<string, (n: number) => string> = {
  'nested block quotes on one line': (n) => `${'> '.repeat(n)}Deep text.`,
  'nested block quotes without spaces': (n) => `${'>'.repeat(n)} Deep text.`,
  'nested list markers on one line': (n) => `${'- '.repeat(n)}Deep item.`,
  'nested ordered list markers': (n) => `${'1. '.repeat(n)}Deep item.`,
  'lines indented ever deeper': (n) => Array.from({ length: Math.floor(n / 10) }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n'),
  'nested emphasis': (n) => `${'*a '.repeat(n)}x${' a*'.repeat(n)}`,
  'nested brackets': (n) => `${'['.repeat(n)}x${']'.repeat(n)}(https://example.org)`,
  'lazy lines under a block quote': (n) => `> a\n${'b\n'.repeat(n)}`,
  'lazy lines under a list item': (n) => `- a\n${'b b b.\n'.repeat(n)}`,
  'unclosed code spans': (n) => '`a ``b '.repeat(n),
  'quotes that never close': (n) => 'He said “this never closes and goes on '.repeat(n),
};

function work(body: string): void {
  const { sentences } = segmentBody(body);
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(0);
    expect(sentence.end).toBeLessThanOrEqual(body.length);
  }
}

/** The fastest of a few runs: a busy machine or a garbage collection slows one run, never all of them. */
function time(fn: () => void, runs = 3): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function depth(body: string): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[parseMarkdown(body), 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const child of (node as { children?: unknown[] }).children ?? []) stack.push([child, d + 1]);
  }
  return deepest;
}

describe('strange markdown shapes', () => {
  it.each(Object.keys(SHAPES))(
    '%s: no stack overflow at 10,000, a bounded tree, and about linear time',
    (name) => {
      const shape = SHAPES[name];
      work(shape(10_000));
      expect(depth(shape(10_000))).toBeLessThanOrEqual(DEPTH_LIMIT + 6);
      work(shape(500)); // warm up
      const small = Math.max(
        time(() => work(shape(2_000))),
        5,
      );
      const large = time(() => work(shape(8_000)));
      expect(large / small, `${name}: 1× ${small.toFixed(0)} ms, 4× ${large.toFixed(0)} ms`).toBeLessThan(12);
    },
    60_000,
  );

  it('keeps text found under deep nesting (lifted, not dropped)', () => {
    const { sentences } = segmentBody(`${'> '.repeat(5_000)}The deepest sentence. ${'- '.repeat(3_000)}And more.`);
    expect(sentences.map((s) => s.text).join(' ')).toContain('The deepest sentence.');
  });
});

describe('segmentBody on any markdown (properties)', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '> ',
      '- ',
      '1. ',
      '# ',
      '\n',
      '\n\n',
      '*',
      '_',
      '`',
      '[',
      '](x)',
      '<b>',
      '“',
      '”',
      '"',
      '. ',
      '? ',
      'Mr. ',
      'U.S. ',
      '\\',
      '    ',
      '\r\n',
      '…',
      'Москва. ',
      'قال. ',
    ),
    fc.string({ maxLength: 12 }),
  );
  const markdown = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

  it('never throws; sentences are ordered, never overlap, stay inside their block and the body', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const { blocks, sentences } = segmentBody(body);
        let previousEnd = 0;
        for (const sentence of sentences) {
          const block = blocks[sentence.block];
          if (!(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= body.length)) return false;
          if (!(sentence.start >= block.start && sentence.end <= block.end)) return false;
          if (sentence.text.trim() === '') return false;
          previousEnd = sentence.end;
        }
        return sentences.every((sentence, index) => sentence.index === index && sentence.id === `s${index + 1}`);
      }),
      { numRuns: 500 },
    );
  });

  it('on plain paragraphs, sentences slice back to the body exactly and cover every word', () => {
    const word = fc.constantFrom(
      'The',
      'minister',
      'said',
      'talks',
      'will',
      'go',
      'on',
      'Mr.',
      'U.S.',
      '“We',
      'agree,”',
      'he',
      'said.',
      'Yes!',
      'No?',
      'Москва.',
      'قال؟',
      '3.5',
      'e.g.',
      '...',
    );
    const paragraph = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const body = paragraphs.join('\n\n');
        const { sentences } = segmentBody(body);
        for (const sentence of sentences) if (body.slice(sentence.start, sentence.end) !== sentence.text) return false;
        const covered = sentences
          .map((s) => s.text)
          .join(' ')
          .split(/\s+/)
          .filter(Boolean);
        return covered.join(' ') === body.split(/\s+/).filter(Boolean).join(' ');
      }),
      { numRuns: 300 },
    );
  });
});

describe('big articles through the real command', () => {
  const para = (i: number) =>
    `The minister said the talks would continue next week. “We are making progress,” he told reporters in Geneva on day ${i}. Officials from both sides met for six hours.`;

  it('builds a story of strange articles: thousands of paragraphs, a 20,000-word sentence, unclosed quotes, Cyrillic and Arabic, deep nesting', async () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ');
    const articles = await writeArticles({
      'big/paragraphs.md': `---\ntitle: Thousands of paragraphs\n---\n${Array.from({ length: 3_000 }, (_, i) => para(i)).join('\n\n')}\n`,
      'big/one-sentence.md': `---\ntitle: One sentence\n---\n${words}\n`,
      'big/unclosed.md': `---\ntitle: Quotes that never close\n---\n${'He said “this never closes '.repeat(3_000)}\n`,
      'big/scripts.md': `---\ntitle: Другие алфавиты\n---\n${'Министр заявил, что переговоры продолжатся. «Мы добиваемся прогресса», — сказал он.\n\nقال الوزير إن المحادثات ستستمر. هل هذا صحيح؟\n\n'.repeat(500)}`,
      'big/nested.md': `---\ntitle: Nested\n---\n${'> '.repeat(10_000)}Deep text.\n\n${'- '.repeat(10_000)}Deep item.\n`,
    });
    const out = path.join(await tempDir(), '_site');
    const { code, stderr } = await cli(['--articles', articles, '--out', out], { timeout: 170_000 });
    expect(code, stderr).toBe(0);
    const page = await readFile(path.join(out, 'big/articles/scripts.html'), 'utf8');
    expect(page).toContain('Министр заявил');
    expect(page).toContain('قال الوزير');
  }, 180_000);

  it('takes about linear time in the size of an article (1× against 4×, with the command’s start-up)', async () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('\n\n');
    const run = async (n: number) => {
      const articles = await writeArticles({ 's/a.md': `---\ntitle: A\n---\n${body(n)}\n`, 's/b.md': `---\ntitle: B\n---\n${para(0)}\n` });
      const out = path.join(await tempDir(), '_site');
      const started = performance.now();
      const { code, stderr } = await cli(['--articles', articles, '--out', out]);
      expect(code, stderr).toBe(0);
      return performance.now() - started;
    };
    const small = await run(250);
    const large = await run(1_000);
    expect(large / small, `1× ${small.toFixed(0)} ms, 4× ${large.toFixed(0)} ms`).toBeLessThan(12);
  }, 180_000);
});
