import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/analyse/index.js';
import { groupQuotes, speakersDiffer } from '../../../src/align/quotes/index.js';
import type { AnalysedStory, Quotation, Story } from '../../../src/types.js';
import { storyOf } from '../../analyse/quotes/story.js';
import { testWordVectors } from '../../helpers.js';

const analyse = (bodies: Record<string, string>): AnalysedStory => {
  const story = storyOf(bodies);
  return { story, ...findQuotations(story), tokens: {}, referents: {}, vectors: testWordVectors() };
};

describe('groupQuotes', () => {
  it('groups a fragment with the full quotation and marks the group truncated', () => {
    const groups = groupQuotes(
      analyse({
        a: 'Kerry praised Moscow for having been “a significant contributor to the progress that we have been able to make”.',
        b: '“Russia made a significant contribution on the Iran agreement, and has been a significant contributor to the progress that we have been able to make”, Kerry added.',
      }),
    );
    expect(groups[0].members.map((m) => m.article)).toEqual(['a', 'b']);
    expect(groups[0]).toMatchObject({ truncated: true, speakerConflict: false, speaker: 'Kerry' });
    expect(groups[0].members[0].text).toBe('a significant contributor to the progress that we have been able to make');
  });

  it('gives a quotation over several sentences one member per sentence, each with the words that sentence carries', () => {
    const analysed = analyse({
      a: 'Residents were stunned. “We get stabbings here. This is like something out of a movie,” said Mark Thompson.',
      b: '“We get stabbings here. This is like something out of a movie,” Thompson said.',
    });
    const [group] = groupQuotes(analysed);
    const sentenceOf = (article: string, id: string) =>
      analysed.story.articles.find((a) => a.id === article)!.sentences.find((s) => s.id === id)!.text;
    expect(group.members.map((m) => m.text)).toEqual([
      'We get stabbings here.',
      'This is like something out of a movie',
      'We get stabbings here.',
      'This is like something out of a movie',
    ]);
    expect(new Set(group.members.filter((m) => m.article === 'a').map((m) => m.quotation)).size).toBe(1);
    for (const member of group.members) expect(sentenceOf(member.article, member.sentence)).toContain(member.text);
    expect(group.members.every((m) => m.speaker === 'Mark Thompson')).toBe(true);
  });

  it('shows words quoted inside a quotation as a quote only where another outlet quotes them directly', () => {
    const groups = groupQuotes(
      analyse({
        a: '“It was my agent and I rang her up and she said ‘hello, Doctor, welcome aboard’ and I laughed,” Capaldi said. “Everyone said ‘yes, that is him’ at once,” he added.',
        b: 'His agent broke the news by saying: “Hello, Doctor, welcome aboard.”',
      }),
    );
    const texts = groups.flatMap((g) => g.members.map((m) => m.text));
    expect(texts).toContain('hello, Doctor, welcome aboard');
    expect(groups.find((g) => g.members.some((m) => m.text === 'hello, Doctor, welcome aboard'))!.members.map((m) => m.article)).toContain(
      'b',
    );
    expect(texts).not.toContain('yes, that is him');
  });

  it('flags a speaker conflict when outlets credit different speakers', () => {
    const groups = groupQuotes(
      analyse({
        a: '“On that route there are still questions which today we need to look at,” Lavrov said.',
        b: '“On that route there are still questions which today we need to look at,” Kerry said.',
        c: '“On that route there are still questions which today we must look at,” Lavrov said.',
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ speakerConflict: true, speaker: 'Lavrov', truncated: false });
  });

  it('does not group scare quotes, and orders groups by articles then first appearance', () => {
    const groups = groupQuotes(
      analyse({
        a: 'They fought the “Islamic State”. “We will win this war,” Kerry said. “Peace is near,” Lavrov said.',
        b: 'They fought the “Islamic State”. “Peace is near,” Lavrov said.',
      }),
    );
    expect(groups.flatMap((g) => g.members.map((m) => m.text))).not.toContain('Islamic State');
    expect(groups.map((g) => g.members.map((m) => m.text)[0])).toEqual(['Peace is near', 'We will win this war']);
    expect(groups.map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('stays fast on a story with many quotations', () => {
    const story: Story = { id: 's', title: 's', articles: [] };
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const quotations: Quotation[] = Array.from({ length: 20000 }, (_, i) => ({
      id: `q${i + 1}`,
      article: `a${i % 50}`,
      sentence: 's1',
      start: 0,
      end: 1,
      text: `the ${words[(i * 7) % 3000]} and ${words[(i * 13) % 3000]} of ${words[(i * 31) % 3000]} said ${words[i % 3000]}`,
      kind: 'full',
      speaker: null,
      speakerReason: null,
      nested: false,
    }));
    const groups = groupQuotes({ story, quotations });
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(20000);
  }, 30_000);
});

describe('groupQuotes: different quotations that share a few words', () => {
  it('keeps apart quotations sharing only common words and a phrase', () => {
    const groups = groupQuotes(
      analyse({
        a: '“We have many witnesses to this,” Sgt. Tom Bard said.',
        b: '“We have many detectives checking hotels south of this street,” Sgt. Tom Bard said.',
      }),
    );
    expect(groups).toHaveLength(2);
  });

  it('keeps apart a sentence of a longer quotation that shares only three words of the story’s topic with another', () => {
    const groups = groupQuotes(
      analyse({
        a: '“Among households in the district, the share reporting Kriol as a home language fell by twelve points. That is a big move in one census,” Marisol Cuellar said.',
        b: '“Households could choose more than one language, and most did. This is not a race where one tongue wins,” Cuellar said.',
      }),
    );
    expect(groups).toHaveLength(2);
  });

  it('never groups two different quotations of one article', () => {
    const groups = groupQuotes(
      analyse({
        a: '“I happened to know he is a big fan,” Reed said. “You happen to know he is a big fan of the show and a brilliant actor,” Reed said.',
      }),
    );
    expect(groups).toHaveLength(2);
  });

  it('does not group identical quotations without a content word (“Yes.” and ‘yes’)', () => {
    const groups = groupQuotes(
      analyse({ a: 'Asked if it was over, Reed said: “Yes.”', b: '“Then everyone said ‘yes’ to the plan,” Lowe said.' }),
    );
    expect(groups.find((g) => g.members.length > 1)).toBeUndefined();
  });
});

describe('speakersDiffer: a conflict only where the entities differ', () => {
  it('sees no conflict between a name and a description, or between forms of one name', () => {
    expect(speakersDiffer(['Peter Carr', 'a spokesman for the special counsel'])).toBe(false);
    expect(speakersDiffer(['Russian Foreign Ministry', 'the statement'])).toBe(false);
    expect(speakersDiffer(['Sergei Lavrov', 'Lavrov'])).toBe(false);
    expect(speakersDiffer(['BBC One', 'BBCOne'])).toBe(false);
    // An owner and a lower-case noun describe someone, as "the lawyer" would.
    expect(speakersDiffer(['Douglas’s lawyer', 'Robert Singh'])).toBe(false);
  });

  it('sees a conflict between two different names', () => {
    expect(speakersDiffer(['John Kerry', 'Sergei Lavrov'])).toBe(true);
    expect(speakersDiffer(['Kerry', 'a spokesman', 'Lavrov'])).toBe(true);
  });
});

describe('groupQuotes: one remark as outlets print it', () => {
  it('links a quotation with an editor’s insertion to the words it stands for, whatever the marks', () => {
    const groups = groupQuotes(
      analyse({
        a: '“We told [Trump] the inquiry would run its course and okay, that was the end of it,” Mr Burr said.',
        b: '"We told him the inquiry would run its course and OK, that was the end of it," Burr said.',
        c: '“We told him the inquiry would run,” Burr said.',
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m) => m.article)).toEqual(['a', 'b', 'c']);
    expect(groups[0]).toMatchObject({ truncated: true, speakerConflict: false });
  });

  it('reads a short quotation without the editor’s insertions when matching it', () => {
    const groups = groupQuotes(
      analyse({
        a: 'An aide said: “[Trump] wants [the border] wall funded.”',
        b: 'An aide said: “He wants the wall funded before the recess.”',
      }),
    );
    expect(groups.map((g) => g.members.map((m) => m.article))).toEqual([['a', 'b']]);
  });

  it('links a phrase with one content word (“so excited”) only to the same speaker’s quotation that holds it', () => {
    const a = 'Lena Park said: “I am so excited Tom Reed is the man taking on the role.”';
    const same = groupQuotes(analyse({ a, b: 'Lena Park said she is “so excited” to welcome him.' }));
    expect(same.map((g) => g.members.map((m) => m.article))).toEqual([['a', 'b']]);
    const other = groupQuotes(analyse({ a, b: 'Ann Lowe said she is “so excited” to welcome him.' }));
    expect(other.some((g) => g.members.length > 1)).toBe(false);
  });

  it('gathers one remark that outlets cut into quotations at different places, sentence by sentence', () => {
    const groups = groupQuotes(
      analyse({
        a: '“We are truly excited about our anniversary tour,” Tom Reed said, “as it is a celebration of the band’s entire history. We will be performing songs from our full catalog.”',
        b: '“We are truly excited about our anniversary tour, as it is a celebration of the band’s entire history,” Reed said. “We will be performing songs from our full catalog.”',
      }),
    );
    expect(groups).toHaveLength(1);
    expect(new Set(groups[0].members.map((m) => m.quotation)).size).toBe(4);
    // Each outlet quotes the whole remark, in pieces or not: none cuts it short.
    expect(groups[0].truncated).toBe(false);
  });

  it('does not link on one sentence of a few content words that another quotation happens to hold', () => {
    const groups = groupQuotes(
      analyse({
        a: 'The site says: “South Dakota has a problem. There is no single answer, because the drug is everywhere in every county.”',
        b: '“South Dakota has got a problem with the drug, and that is not a good thing for tourism,” Jeff Lane said.',
      }),
    );
    expect(groups.some((g) => new Set(g.members.map((m) => m.article)).size > 1)).toBe(false);
  });
});
