// Attribution rules drawn from the thirteenth and fourteenth held-out sets of saved news pages.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore } from '../../../../src/analyse/speakers/attribution.js';
import { one, quotesOf } from '../story.js';

describe('rules from the thirteenth held-out set (saved news pages)', () => {
  it('takes the source of an “according to” as the one a later “he said” means', () => {
    const body =
      'As governor, Carl Mint was able to find money for shelters.\n\nThe results were mixed, according to Tom Reed of the planning school.\n\n“An ideal shelter would be a room with no windows,” he said.';
    expect(one(body, 'An ideal shelter would be a room with no windows').speaker).toBe('Tom Reed');
  });

  it('resolves “the president-elect” to the person who bears that title', () => {
    const body =
      'President-elect Tom Reed has named Ann Lowe his counselor.\n\n“She is a tireless advocate,” the president-elect said in a statement.';
    expect(one(body, 'She is a tireless advocate').speaker).toBe('Tom Reed');
  });

  it('reads speech told as talk (“were like,” / “goes,”) right before the marks', () => {
    expect(attributionBefore('My agents at the time were like, “')).toMatchObject({ kind: 'description', head: 'agents' });
    expect(attributionBefore('Even if the network goes, “')).toMatchObject({ words: ['the', 'network'] });
    expect(attributionBefore('The money goes to “')).toBeNull();
  });

  it('credits a person named with the body they are of, not the body (“Joost van Hoof of the … University writes”)', () => {
    const spokenAfter = (text: string) => attributionAfter(text);
    expect(spokenAfter('” for revising standards, Joost van Hoof of the Netherlands’ Fontys University writes.')).toMatchObject({
      words: ['Joost', 'van', 'Hoof'],
    });
    expect(spokenAfter('”, Ann Lowe of Acme Corp said.')).toMatchObject({ words: ['Ann', 'Lowe'] });
    expect(spokenAfter('”, the Bank of America said.')).toMatchObject({ words: ['the', 'Bank', 'of', 'America'] });
  });

  it('reads an inverted attribution set off by commas right before the marks (“After losing that bid, says Jones, “…””)', () => {
    expect(attributionBefore('After losing that bid, says Ann Lowe, a former mayor, “')).toMatchObject({ words: ['Ann', 'Lowe'] });
    expect(attributionBefore('The board, says Lowe, is ready, and the mayor says, “')).toMatchObject({ words: ['the', 'mayor'] });
  });

  it('goes on past an attribution whose relative clause holds a possessive (“says Jerry, who saw the Scots’ season, “…””)', () => {
    const body = '“My job at these games,” says Jerry Hale, who saw every snap of the Scots’ season, “has been to stand by.”';
    expect(one(body, 'has been to stand by.').speaker).toBe('Jerry Hale');
  });

  it('credits a quotation followed by a full name and a role with no verb (“…,” Mark Lowe, senior advisor for ESA.)', () => {
    const body = 'Fans stayed with the mission.\n\n“The public’s engagement has been amazing,” Mark Lowe, senior science advisor for ESA.';
    expect(one(body, 'The public’s engagement has been amazing').speaker).toBe('Mark Lowe');
    const clause = 'The embryos’ “trustee,” James Hale, was also listed as a plaintiff.';
    expect(one(clause, 'trustee').speaker).toBeNull();
  });

  it('reads how a text opens as its saying (“…,” the email began)', () => {
    const body = 'The threat came at night.\n\n“I am emailing you to inform you,” the email began. “Something big is going down.”';
    expect(one(body, 'I am emailing you to inform you').speaker).toBe('the email');
  });

  it('lets a sentence that continues the second part of a cut quotation take its speaker', () => {
    const body =
      '“He could have had a career,” Tom Reed, Ann’s husband and the editor, said, “if he had been disciplined” and stuck to one genre. “But Mike wanted to write.”';
    expect(one(body, 'But Mike wanted to write.').speaker).toBe('Tom Reed');
  });

  it('passes over a time between the speaker and the verb (“Obama on Tuesday called …”, “Ann Hale, at the time, said”)', () => {
    expect(attributionBefore('Obama on Tuesday called the aircraft “')).toMatchObject({ words: ['Obama'] });
    expect(attributionBefore('Lowe earlier this month said “')).toMatchObject({ words: ['Lowe'] });
    expect(attributionBefore('Lowe on Dec. 21 said “')).toMatchObject({ words: ['Lowe'] });
    expect(attributionBefore('Ann Hale, at the time, said “')).toMatchObject({ words: ['Ann', 'Hale'] });
    expect(attributionBefore('He said the time “')).toMatchObject({ kind: 'pronoun', pronoun: 'he' });
  });

  it('credits quoted words after a noun with no verb of saying to the attribution tied after them', () => {
    const body = 'Markets moved. The Fed’s policy statement “did not mention the stimulus,” said Ann Lowe, a strategist at Acme.';
    expect(one(body, 'did not mention the stimulus').speaker).toBe('Ann Lowe');
    const judged = 'The Pentagon rejected the claims as “patently false,” and analysts told reporters the claims were false.';
    expect(one(judged, 'patently false').speaker).toBe('Pentagon');
  });

  it('reads a verb of saying with a manner after the marks (“…,” Lowe fumed in a tweet)', () => {
    expect(one('The tweets kept coming. “I won the popular vote,” Lowe fumed in a tweet.', 'I won the popular vote').speaker).toBe('Lowe');
  });

  it('credits a few quoted words in a named person’s reported clause to that person, whoever “he” there is', () => {
    const body =
      'The first lady spoke on TV.\n\nIn an interview, Ann Lowe said he believes the administration achieved the platform he promised because Americans “feel the difference now.”';
    expect(one(body, 'feel the difference now.').speaker).toBe('Ann Lowe');
  });

  it('reads quoted words after a thing “called” or “named” as a term (“a scheme called “zero rating.””)', () => {
    expect(one('They did not ban a scheme called “zero rating.”', 'zero rating.').kind).toBe('scare');
    expect(one('It offers something called “sponsored data” to others.', 'sponsored data').kind).toBe('scare');
    expect(one('The mayor called “a disaster” what others praised.', 'a disaster').kind).toBe('partial');
  });

  it('passes over a participle’s aside after a name (“Ms. Haley, seated next to Mr. Trump, told reporters”)', () => {
    expect(attributionAfter(' Ms. Haley, seated next to Mr. Trump in the Oval Office, told reporters.')).toMatchObject({
      words: ['Ms.', 'Haley'],
    });
  });

  it('credits a paragraph-long quotation to the person a heading right above it names', () => {
    const body =
      '#### The Hymnal\n\n##### Donated by Charles L. Hale, Gwynedd, Pa.\n\n“Some of my relatives escaped with Harriet Tubman. It came to me.”\n\n**The Results**\n\n“We won.”';
    const quotes = quotesOf(body);
    expect(quotes[0]).toMatchObject({ speaker: 'Charles L. Hale', speakerReason: 'named in the heading above it' });
    expect(quotes[1].speaker).toBeNull();
  });

  it('reads “He’s …” as a sentence whose subject is “he” before an unattributed quotation', () => {
    const body =
      '"There is major concern amongst my members," said Jeff Eagan, president of the union chapter at the department\'s headquarters building in Washington. He\'s also a 17-year employee, but was speaking in his union capacity. "I have received lots of calls."';
    expect(one(body, 'I have received lots of calls.').speaker).toBe('Jeff Eagan');
  });

  it('reads a description whose head ends the sentence (“said one senior official.”, “said a close associate.”)', () => {
    expect(attributionAfter(' said one senior official.')).toMatchObject({ kind: 'description', head: 'official' });
    expect(attributionAfter(' said a close associate.')).toMatchObject({ kind: 'description', head: 'associate' });
  });

  it('reads a role and a middle initial in a name after “according to” (“author and psychologist Patricia A O’Gorman”)', () => {
    expect(attributionBefore('According to author and psychologist Patricia A O’Gorman, PhD in an interview, “')).toMatchObject({
      words: ['Patricia', 'A', 'O’Gorman'],
    });
  });

  it('resolves a trade named with “the” (“the actress says”) to the latest person of that sex who is a subject', () => {
    const body =
      'Emma Stone starred in it. Stone had just come off doing Cabaret, and met the director soon after.\n\nTom Reed said he directed it. “It was at a diner,” the actress says.';
    expect(one(body, 'It was at a diner')).toMatchObject({ speaker: 'Emma Stone', speakerReason: "resolved from 'the actress'" });
  });

  it('credits the one recalled as saying (“…,” she recalls him saying) and the owner of a reply (“She remembers Lowe’s reply:”)', () => {
    expect(attributionAfter(' she recalls him saying.')).toEqual({ kind: 'pronoun', pronoun: 'he' });
    expect(one('Ann Lowe asked him to stay. She remembers Tom Reed’s reply: “I will not.”', 'I will not.').speaker).toBe('Tom Reed');
  });

  it('holds one or two quoted lower-case words that no one is credited with at arm’s length (a scare quote)', () => {
    expect(one('The providers do not want to be “dumb pipes” for others to use.', 'dumb pipes').kind).toBe('scare');
    expect(one('The providers do not want to be seen as “a dumb pipe for others.”', 'a dumb pipe for others.').kind).not.toBe('scare');
    expect(one('It was “literally” true, the report found.', 'literally').kind).toBe('scare');
    expect(one('Urban Meyer called them “scumbags” on Monday.', 'scumbags').kind).toBe('partial');
  });

  it('keeps a long title in a list of titles a title, whoever the sentence credits', () => {
    const body =
      'According to Live Nation, expect hits including “Minute By Minute,” “China Grove,” “Jesus Is Just Alright With Me” and others.';
    expect(one(body, 'Jesus Is Just Alright With Me').kind).toBe('scare');
  });
});

describe('rules from the fourteenth held-out set, second pass', () => {
  it('reads “claims”, “maintains” and “contends” after the marks as verbs of saying', () => {
    const body = 'It was the right time. “I had a little capital,” Lowe claims, “and then I spent it all.”';
    expect(one(body, 'I had a little capital').speaker).toBe('Lowe');
    expect(one('Nothing changed. “We did nothing wrong,” Reed maintains.', 'We did nothing wrong').speaker).toBe('Reed');
  });

  it('passes over a name inside the quotation before when it looks back for the one who spoke', () => {
    const body =
      'The score is by composer Tom Reed.\n\n“It took a year,” Reed says. “Then it was demo after demo for Damien.” The composer takes a deep breath. “I made nine hundred demos.”';
    expect(one(body, 'I made nine hundred demos.').speaker).toBe('Tom Reed');
  });

  it('counts a full name as a person when the pronoun of its given name follows in the paragraph (“Margaret Hale rose … she said”)', () => {
    const body = 'On a cold Tuesday, Margaret Hale rose to speak in New York. She said an alliance would “redefine the landscape.”';
    expect(one(body, 'redefine the landscape.').speaker).toBe('Margaret Hale');
  });

  it('never counts a place or a building as such a person (“Griffith Observatory … he said”)', () => {
    const body =
      'Director Tom Reed shot the film in Los Angeles. Griffith Observatory opened in 1935, and he filmed there at night. “It is magic,” he said.';
    expect(one(body, 'It is magic').speaker).toBe('Tom Reed');
  });

  it('gives a quotation after a sentence where “she proclaimed” stands inside to her', () => {
    const body =
      'Ann Lowe spoke in New York. The English-speaking world, she proclaimed, had a task to fulfil. “We take the individual seriously.”';
    expect(one(body, 'We take the individual seriously.').speaker).toBe('Ann Lowe');
  });

  it('lets the text’s own “he” win where the name lists call the only one near a woman (“Evelyn Waugh”)', () => {
    const body = 'The novelist Evelyn Waugh was in Paris that spring.\n\nWaugh hated the city. “It is a sewer,” he said.';
    expect(one(body, 'It is a sewer').speaker).toBe('Evelyn Waugh');
  });

  it('still gives “he” no one when the only one near was called “she” by the article itself', () => {
    const body = 'Evelyn Marsh was in Paris.\n\n“I love it,” she said. Then a man walked in. “It is a sewer,” he said.';
    expect(one(body, 'It is a sewer').speaker).toBeNull();
  });

  it('resolves a performer’s trade of either sex (“the singer and guitarist told the audience”) to the latest subject', () => {
    const body =
      'Founding members Ann Lowe and Tom Reed will reunite for a tour. Lowe teased it during the band’s set in Nashville.\n\nAfter the last song, the singer and guitarist told the audience, “Maybe we should go on the road.”';
    expect(one(body, 'Maybe we should go on the road.').speaker).toBe('Ann Lowe');
  });

  it('leaves a trade that is anyone’s as written (“the officer said”)', () => {
    const body = 'Ann Lowe drove home after the game.\n\n“The road was closed,” the officer said.';
    expect(one(body, 'The road was closed').speaker).toBe('the officer');
  });
});
