// Attribution rules for pronouns: whom “he”, “she”, “they” and “he added” point back to.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('pronouns: the most recent person who speaks or is a subject', () => {
  it('passes over a character named as an object (“his role as … Max Kane”)', () => {
    const body =
      'Actor Tom Reed is best known for his role as the detective Max Kane in the series Cold Front.\n\n“It is a thrill to be here,” he said.';
    expect(one(body, 'It is a thrill to be here').speaker).toBe('Tom Reed');
  });

  it('passes over a name inside an earlier quotation', () => {
    const body = 'Senator Lena Park spoke first.\n\n“I am glad Mr Carl Mint is here,” she said.\n\n“We start today,” she said.';
    expect(one(body, 'We start today').speaker).toBe('Lena Park');
  });

  it('takes a person’s sex from the story’s own pronoun before the name lists (“Jean Moss won … for her role”)', () => {
    const body =
      'Jean Moss won the Oscar for best actress on Sunday for her role in “Harbour,” beating Ann Lowe, who had been considered the favorite.\n\n' +
      '“I grew up in Leeds, but London always felt so far away,” Moss said in her acceptance speech. “To be standing in this room is very surreal.”\n\n' +
      'She thanked the film’s director, Tom Reed, who earlier in the evening had used his own speech to urge audiences back into theaters. ' +
      '“Watching a film in a theater with an audience is an experience,” he said. “We can laugh together.”';
    expect(one(body, 'Watching a film in a theater with an audience is an experience').speaker).toBe('Tom Reed');
    // An apposition's pronoun speaks of someone else: "said Ann Lowe, one of his editors" leaves Ann a woman.
    const apposition =
      'Tom Reed wrote nine novels. “He was a puzzle,” said Ann Lowe, one of his editors.\n\n“He never explained himself,” she said.';
    expect(one(apposition, 'He never explained himself').speaker).toBe('Ann Lowe');
  });

  it('tells two people of one surname apart by a courtesy title’s sex (“Mr. Obama” after Michelle and Barack Obama)', () => {
    const couple =
      'Ann Lowe and her brother launched a podcast, and Ann Lowe spoke first.\n\n“I am not shy,” Mrs. Lowe said.\n\n' +
      'Former mayor Tom Lowe appeared as a guest. “I am here to check her facts,” Mr. Lowe said.';
    expect(one(couple, 'I am here to check her facts').speaker).toBe('Tom Lowe');
    expect(one(couple, 'I am not shy').speaker).toBe('Ann Lowe');
    // Where the story gives no full name of his sex, "Mr Patterson" stays as written: he is not Mrs Patterson.
    const family =
      'Elaine Patterson has run the inn for 26 years.\n\n“We found out by email,” Mrs Patterson said.\n\n' +
      'Mr Patterson said the pub had made money every year. “We are not failing,” he said.';
    expect(one(family, 'We are not failing')).toMatchObject({ speaker: 'Mr Patterson', speakerReason: "resolved from 'he'" });
    // "X and his wife": the pronoun after "and" tells X's sex, where the name lists do not know the given name.
    const shop = 'Rajesh Shah and his wife, Meena, have run the shop for 30 years.\n\n“We never thought we would see this,” said Mrs Shah.';
    expect(one(shop, 'We never thought we would see this').speaker).toBe('Mrs Shah');
  });

  it('takes the name that ends a role given an age for the speaker (“Her husband Derek, 70, joked”)', () => {
    const body = 'Pauline Hardy, 67, won the lottery.\n\nHer husband Derek, 70, joked: ‘She is not giving me a penny.’';
    expect(one(body, 'She is not giving me a penny.').speaker).toBe('Derek');
  });

  it('prefers the speaker over the subject of the clause they report', () => {
    const body = 'Director Ann Lowe said Mr Carl Mint had been chosen months ago.\n\nThe studio is in Leeds.\n\n“We all knew,” she said.';
    expect(one(body, 'We all knew').speaker).toBe('Ann Lowe');
  });

  it('does not give “she” to someone already called “he”', () => {
    const body =
      '“We will rebuild,” Chief Tom Bard said. “It will take time,” he said.\n\nMary Quill, who lost her home, was in tears.\n\n“I have nothing left,” she said.';
    expect(one(body, 'I have nothing left').speaker).toBe('Mary Quill');
  });
});

describe('pronouns and platforms', () => {
  it('takes the subject of a relative clause who then says something for the latest speaker (“X, who …, said”)', () => {
    const body =
      'Mara Vell, a lawyer, said the ruling was fair.\n\nTom Reed, who represents the families, said he was pleased.\n\n“Forty years of law,” he said.';
    expect(one(body, 'Forty years of law').speaker).toBe('Tom Reed');
  });

  it('reads a speaker with a role in apposition after a conjunction (“…, but General Tom Reed, chairman of …, told”)', () => {
    const body =
      'The mayor wants to leave, but General Tom Reed, chairman of the Joint Chiefs of Staff, told reporters the troops will stay “for years”.';
    expect(one(body, 'for years').speaker).toBe('Tom Reed');
  });

  it('credits the user, not the platform the words went out on (“One user on Twitter wrote:”)', () => {
    expect(one('One user on Twitter wrote: “This is a disgrace.”', 'This is a disgrace.').speaker).toBe('One user');
  });

  it('resolves “they said” to a body that was saying something, never to one that only acted', () => {
    const said = 'Acme Group said on Friday that it had not blocked the show.\n\n“We never said the band could not play,” they said.';
    expect(one(said, 'We never said the band could not play')).toMatchObject({
      speaker: 'Acme Group',
      speakerReason: "resolved from 'they'",
    });
    const acted = 'Acme Group hired three guards for the night.\n\n“We were told nothing,” they said.';
    expect(one(acted, 'We were told nothing').speaker).toBeNull();
  });
});

describe('a surname that spells “He”', () => {
  it('is a name before or after another capitalised name, never the pronoun', () => {
    const body =
      'Mike Pence arrived in Beijing on Monday. “We will buy more soybeans,” said Vice Premier He Wenjun. Vice Premier Zhao He said: “We are glad.”';
    expect(one(body, 'We will buy more soybeans').speaker).toBe('He Wenjun');
    expect(one(body, 'We are glad.').speaker).toBe('Zhao He');
  });

  it('is still the pronoun before a verb', () => {
    const body = 'Mike Pence arrived in Beijing. “We will buy more,” Pence said. He said: “We are glad.”';
    expect(one(body, 'We are glad.').speaker).toBe('Mike Pence');
  });
});

describe('“he said” after a sentence of several clauses', () => {
  it('is the main clause’s subject, not a subject further in (“whether Ellis slept on the night Benning died”)', () => {
    const body =
      'Carl Benning died in August. Tom Haddow represents the guard, Mark Ellis.\n\nHaddow declined to address whether Ellis slept on the night Benning died. “When all the evidence is presented,” he said, “you will see.”';
    expect(one(body, 'When all the evidence is presented').speaker).toBe('Tom Haddow');
  });
});

describe('a person named after the verb of a sentence that quotes no one', () => {
  it('is who “she said” in the next sentence points back to (“…, said Ann Lowe, an economist. “…,” she said.”)', () => {
    const body =
      'President Tom Reed has pursued tariffs for years, and Reed began raising them in 2018.\n\nPrices of computers have risen too, said Ann Lowe, a Leeds University economist. “About 36% of imports are computers,” she said.';
    expect(one(body, 'About 36% of imports are computers').speaker).toBe('Ann Lowe');
  });
});

describe('“he said” with no subject to point back to', () => {
  it('is the first person named in the last sentence that names anyone, not one named inside their apposition', () => {
    const body =
      '2. Count your savings\n\nTom Fenwick, the writer behind the Nurse on FIRE, retired from nursing at age 45.\n\n“You need to know two numbers,” he told the Daily Post.\n\nRegular FIRE is someone who spends like the average household.';
    expect(one(body, 'You need to know two numbers').speaker).toBe('Tom Fenwick');
  });
});

describe('a person a description and a relative clause bring in', () => {
  it('is who the next pronoun of their sex points to (“spoke to one father, who … “…,” he said”)', () => {
    const body =
      'Tom Reed runs the safety team.\n\nThe paper spoke to one father, who knew his son had a public account. “I was shocked,” he said.';
    expect(one(body, 'I was shocked').speaker).toBe('one father');
  });

  it('is not a named person’s apposition, and not a pronoun of the other sex', () => {
    const apposition = 'Tom Reed runs the safety team.\n\nWe met Dan Moss, a father who knew. “I was shocked,” he said.';
    expect(one(apposition, 'I was shocked').speaker).toBe('Dan Moss');
    const otherSex = 'Tom Reed runs the safety team.\n\nThe paper spoke to one mother, who knew. “I was shocked,” he said.';
    expect(one(otherSex, 'I was shocked').speaker).not.toBe('one mother');
  });
});

describe('“he said” after a person brought in since the last speaker', () => {
  it('is that newer person, named alone and marked as one by a relative clause between dashes', () => {
    const body =
      '“Saving is a habit,” Dan Moss said.\n\nBob — who only goes by his first name online — retired ten years ago, after a career in telecom.\n\n“Retirement is mostly mental,” he wrote.';
    expect(one(body, 'Retirement is mostly mental')).toMatchObject({ speaker: 'Bob', speakerReason: "resolved from 'he'" });
  });

  it('is still the last speaker when no one new became a subject in between', () => {
    const body = '“Saving is a habit,” Dan Moss said.\n\nThe market fell ten years ago.\n\n“Retirement is mostly mental,” he wrote.';
    expect(one(body, 'Retirement is mostly mental').speaker).toBe('Dan Moss');
  });
});

describe('“he said” after a paragraph that opens on a new person', () => {
  it('is that person, past an aside in parentheses and a role in apposition after the name', () => {
    const body =
      '“We need the big rocket,” said Rep. Ann Lowe, the ranking member.\n\nRep. Tom Reed (R-AL), chair of the subcommittee, pushed for more launches.\n\n“I understand the firms are confident,” he said.';
    expect(one(body, 'I understand the firms are confident')).toMatchObject({ speaker: 'Tom Reed', speakerReason: "resolved from 'he'" });
  });

  it('is the one in apposition to a possessive subject, not the owner (“Steen’s son, filmmaker Charlie Dow (…), remembers”)', () => {
    const body =
      'Actress Mary Steen has starred in many films.\n\nSteen’s son, filmmaker Charlie Dow (“The Discovery”), also remembers it as a hard time. “It was hard for all of us,” he said.';
    expect(one(body, 'It was hard for all of us').speaker).toBe('Charlie Dow');
  });

  it('is still the last speaker when the paragraph opens on “He” and names someone else only later', () => {
    const body =
      '“Switching rockets is unwise,” said Rep. Tom Reed, a member of the committee.\n\nHe raised that point about the agency’s plan. The landers would be launched, as Ann Lowe originally envisioned, on other rockets.\n\n“It is not a wise move,” he continued.';
    expect(one(body, 'It is not a wise move').speaker).toBe('Tom Reed');
  });
});

describe('a person named after an inverted “says” in mid-sentence', () => {
  it('is that clause’s subject, so a later “he” points to them and not to a place in their apposition', () => {
    const body =
      'This system, says Tom Reed, an immunologist at the University of California, San Francisco, helps direct a response. Research could offer more. He describes the prospects as “exciting.”';
    expect(one(body, 'exciting').speaker).toBe('Tom Reed');
  });
});

describe('“he” and “she” by given name', () => {
  it('pass over a subject whose given name does not fit, to a person of the paragraph who does', () => {
    const body =
      'Tom Reed wrote nine novels.\n\nWhen Reed visited his editor Teresa Lowe at her office, he would leave poems on her desk. ' +
      '“Life was not long enough,” she recalled.';
    expect(one(body, 'Life was not long enough')).toMatchObject({ speaker: 'Teresa Lowe', speakerReason: "resolved from 'she'" });
  });

  it('go to the one person of the paragraph before who fits, when it already calls them by the pronoun', () => {
    const body =
      'Teresa Reed, 61, edited the books of Carl Mint, 70, for years.\n\n“It is done,” Martha Lowe said of the deal.\n\n' +
      'The news reached me late. I thought of Teresa Reed and Carl Mint. How would she feel now?\n\n' +
      '“I have no words,” she replied in an email.';
    expect(one(body, 'I have no words').speaker).toBe('Teresa Reed');
  });

  it('pass over the last speaker whose given name does not fit', () => {
    const body = 'Carl Mint wrote the book in a year.\n\n“He was always kind,” Martha Lowe said.\n\n“It is not finished,” he wrote to her.';
    expect(one(body, 'It is not finished').speaker).toBe('Carl Mint');
  });
});

describe('a pronoun with its verb contracted', () => {
  it('is the pronoun (“he’d say, “…””), never the subject of the clause before it', () => {
    const body = 'Tom Reed wrote odd books.\n\nWhen his editors asked, he’d say, “I have a horror of being obvious.”';
    expect(one(body, 'I have a horror of being obvious.')).toMatchObject({ speaker: 'Tom Reed', speakerReason: "resolved from 'he'" });
  });
});

describe('the subject of a clause that stands as a noun', () => {
  it('is no topic “he” points back to (“What Reed was doing was …, he said”)', () => {
    const body =
      'Tom Reed addressed the staff.\n\nFinally, one of the engineers, Carl Mint, stood up. He said a meeting was no place for it. What Reed was doing was “completely wrong,” he said.';
    expect(one(body, 'completely wrong').speaker).toBe('Carl Mint');
  });
});

describe('“he added” after a sentence whose attribution comes last', () => {
  it('is the one that sentence says spoke, not the subject of its main clause', () => {
    const body =
      'Clearly, Acme Labs believed that his name would carry weight, where one needs “trust,” Tom Reed said. “We could not make mistakes,” he added.';
    expect(one(body, 'We could not make mistakes').speaker).toBe('Tom Reed');
  });
});

describe('a singular “they”', () => {
  it('is the person the paragraph introduced as a spokesperson, who said something', () => {
    const body =
      'Sam Reed, a spokesperson for Acme, confirmed that the company writes to its users. “We use a model to find them,” they said in an email.';
    expect(one(body, 'We use a model to find them').speaker).toBe('Sam Reed');
  });

  it('is no one named as an object (“unhappy with Ann Lowe, a spokesperson …”)', () => {
    const body = 'Officials at the agency were unhappy with Ann Lowe, a spokesperson for Acme. “We will fight this,” they said.';
    expect(one(body, 'We will fight this').speaker).toBeNull();
  });
});

describe('a first-person writer’s relative', () => {
  it('is whom “he” or “she” stands for where the text names no one (“My father taught me … “…,” he said”)', () => {
    const body =
      'My father taught me to drive in his old car, on the gravel roads behind the township. I was sixteen.\n\n' +
      'On the first Sunday he made me sit in the driver’s seat.\n\n“A car is not a toy,” he said.';
    expect(one(body, 'A car is not a toy')).toMatchObject({ speaker: 'My father', speakerReason: "resolved from 'he'" });
  });

  it('is not whom a pronoun of the other sex stands for, nor anyone where the text names a person', () => {
    const mother =
      'My father taught me to drive.\n\nOn the first Sunday she made me sit in the driver’s seat.\n\n“A car is not a toy,” she said.';
    expect(one(mother, 'A car is not a toy').speaker).toBeNull();
    const named = 'My father taught me to drive.\n\nOur neighbour Tom Reed watched us. “A car is not a toy,” he said.';
    expect(one(named, 'A car is not a toy').speaker).toBe('Tom Reed');
  });
});
