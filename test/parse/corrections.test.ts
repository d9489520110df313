// Reading corrections.yml: every correction with the line it is written on; a file that cannot be read
// as corrections stops the build with the line to fix and what to write.
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { parseCorrections } from '../../src/parse/corrections.js';
import { source } from '../helpers.js';

const PATH = 'articles/s/corrections.yml';
const read = (yaml: string) => parseCorrections(source(yaml, PATH));

function messageFor(yaml: string): string {
  try {
    read(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return (error as BuildError).format();
  }
  throw new Error('expected the corrections to be rejected');
}

const SEE = 'see README “Correcting the alignment” for what a correction holds.';

describe('parseCorrections', () => {
  it('reads each kind with its line, the sentences with theirs', () => {
    const yaml = [
      'corrections:',
      '  - link:',
      '      - "a: Kerry met"',
      '      - "b: John Kerry held"',
      '    reason: Same meeting',
      '  - unlink: "c: Kerry and Lavrov"',
      '  - split: ["a: The talks", "b: The meeting"]',
      '  - merge: ["a: Kerry met", "c: Kerry said"]',
      '  - hide: "b: The weather"',
      '    reason: Not news',
      '  - speaker: Sergei Lavrov',
      '    quote: "b: We made"',
      '    words: We made real',
      '  - speaker: null',
      '    quote: "c: Kerry said"',
      '  - not-a-quote: "c: Kerry said"',
      '',
    ].join('\n');
    const { corrections } = read(yaml);
    expect(corrections.map((c) => [c.action, c.line, c.sentences.map((s) => `${s.value}@${s.line}:${s.column}`)])).toEqual([
      ['link', 2, ['a: Kerry met@3:9', 'b: John Kerry held@4:9']],
      ['unlink', 6, ['c: Kerry and Lavrov@6:13']],
      ['split', 7, ['a: The talks@7:13', 'b: The meeting@7:29']],
      ['merge', 8, ['a: Kerry met@8:13', 'c: Kerry said@8:29']],
      ['hide', 9, ['b: The weather@9:11']],
      ['speaker', 11, ['b: We made@12:12']],
      ['speaker', 14, ['c: Kerry said@15:12']],
      ['not-a-quote', 16, ['c: Kerry said@16:18']],
    ]);
    expect(corrections[0].reason).toBe('Same meeting');
    expect(corrections[5]).toMatchObject({ speaker: 'Sergei Lavrov', words: { value: 'We made real', line: 13 } });
    expect(corrections[6].speaker).toBeNull();
  });

  it('an empty file, or one with an empty list, holds no corrections', () => {
    expect(read('').corrections).toEqual([]);
    expect(read('# none yet\ncorrections:\n').corrections).toEqual([]);
  });

  it('a sentence written without quotes: the line, and the sentence in quotes', () => {
    expect(messageFor('corrections:\n  - unlink: real-progress: Kerry is seeking\n')).toBe(
      `articles/s/corrections.yml:2:13  “real-progress: Kerry is seeking” holds “: ”, which YAML reads as another field; write the sentence in quotes: unlink: "real-progress: Kerry is seeking"; ${SEE}`,
    );
  });

  it('a misspelt action: the action meant', () => {
    expect(messageFor('corrections:\n  - lnk: ["a: x", "b: y"]\n')).toBe(
      `articles/s/corrections.yml:2:5  “lnk” is not part of a correction (did you mean “link”?); ${SEE}`,
    );
  });

  it('hiding without a reason', () => {
    expect(messageFor('corrections:\n  - hide: "a: x"\n')).toBe(
      `articles/s/corrections.yml:2:5  hiding a sentence needs a “reason:” (readers see it where the sentence was); ${SEE}`,
    );
  });

  it('two actions in one correction, a link of one sentence, a speaker without its quotation', () => {
    expect(messageFor('corrections:\n  - link: ["a: x", "b: y"]\n    unlink: "a: x"\n')).toMatch(
      /^articles\/s\/corrections\.yml:2:5 {2}one correction does one thing, but this one has link and unlink: make them two corrections/,
    );
    expect(messageFor('corrections:\n  - link: "a: x"\n')).toMatch(/:2:11 {2}“link:” takes a list of two or more sentences/);
    expect(messageFor('corrections:\n  - speaker: X\n')).toMatch(/:2:5 {2}a “speaker:” correction needs “quote:”/);
  });

  it('YAML that does not parse, at its line', () => {
    expect(messageFor('corrections:\n  - link: ["a: x", "b: y"\n')).toMatch(
      /^articles\/s\/corrections\.yml:3:1 {2}the corrections file is not valid YAML: /,
    );
  });

  it('a top-level key that is not “corrections”', () => {
    expect(messageFor('correction:\n  - unlink: "a: x"\n')).toMatch(
      /^articles\/s\/corrections\.yml:1:1 {2}“correction” is not something a corrections file holds \(did you mean “corrections”\?\)/,
    );
  });
});
