// Story-wide merging of name variants (clusterNames): each name is placed once, later entries add to it.
import { describe, expect, it } from 'vitest';
import { clusterNames, commaInBodyName, isCalendarGivenName, isLetterCodename, nameParts } from '../../../src/analyse/speakers/names.js';

const entry = (name: string, body = false) => ({ name, body, count: 1 });

describe('clusterNames', () => {
  it('places full names before bare surnames, whatever the order of the entries, and credits a shared surname to the most mentioned', () => {
    const names = [
      'Kerry',
      'John Kerry',
      'Mary Kerry',
      'Kerry',
      'Mary Kerry',
      'KERRY',
      'John Kerry',
      'Mary Kerry',
      'Kerry',
      'J. Kerry',
    ].map((name) => entry(name));
    names.splice(6, 0, entry('the State Department', true), entry('State Department', true));
    expect(clusterNames(names)).toEqual([
      { canonical: 'State Department', variants: ['the State Department', 'State Department'], body: true },
      { canonical: 'John Kerry', variants: ['John Kerry', 'J. Kerry', 'Kerry', 'KERRY'], body: false },
      { canonical: 'Mary Kerry', variants: ['Mary Kerry'], body: false },
    ]);
  });

  it('gives a bare surname to the one more mentioned when two people share it', () => {
    const names = ['Mary Kerry', 'John Kerry', 'Mary Kerry', 'Kerry', 'Kerry'].map((name) => entry(name));
    expect(clusterNames(names).map(({ canonical, variants }) => [canonical, variants])).toEqual([
      ['Mary Kerry', ['Mary Kerry', 'Kerry']],
      ['John Kerry', ['John Kerry']],
    ]);
  });
});

describe('nameParts', () => {
  it('reads a role at a body as no name ("Acme Cofounder", "Cofounder of Acme"), but keeps a surname that is a role ("Adam Driver")', () => {
    expect(nameParts(['Acme', 'Cofounder'])).toBeNull();
    expect(nameParts(['Cofounder', 'of', 'Acme'])).toBeNull();
    expect(nameParts(['Adam', 'Driver'])).toMatchObject({ name: 'Adam Driver' });
    expect(nameParts(['B.B.', 'King'])).toMatchObject({ name: 'B.B. King' });
    expect(nameParts(['Greater', 'Leeds', 'Chamber'])).not.toBeNull();
  });

  it('reads a role in the plural or a country written short as the end of a body’s name ("Harvest Partners", "Cycling UK")', () => {
    expect(nameParts(['Mid-Ohio', 'Harvest', 'Partners'])).toMatchObject({ name: 'Mid-Ohio Harvest Partners', body: true });
    expect(nameParts(['Cycling', 'UK'])).toMatchObject({ name: 'Cycling UK' });
    expect(nameParts(['UK', 'Prime', 'Minister', 'Keir', 'Starmer'])).toMatchObject({ name: 'Keir Starmer', titled: true });
  });

  it('ends a full name before "of" and where it is from ("Ann Lowe of Acme", "Tom Reed of Tennis")', () => {
    expect(nameParts(['Ann', 'Lowe', 'of', 'Acme'])).toMatchObject({ name: 'Ann Lowe', body: false });
    expect(nameParts(['Tom', 'Reed', 'of', 'Tennis'])).toMatchObject({ name: 'Tom Reed' });
    expect(nameParts(['Bank', 'of', 'England'])).toMatchObject({ body: true });
  });

  it('reads a titled name or one opening on a given name before "of" and a body as someone of that body', () => {
    const words = (text: string) => text.split(' ');
    expect(nameParts(words('Sergeant Lisa Crowther of Leicestershire Police'))).toMatchObject({ name: 'Lisa Crowther', body: false });
    expect(nameParts(words('Lisa Crowther of Leicestershire Police'))).toMatchObject({ name: 'Lisa Crowther', body: false });
    expect(nameParts(words('Economist Meera Chaudhry of the University of Victoria'))).toMatchObject({
      name: 'Meera Chaudhry',
      body: false,
    });
    // A body's own name stays one, even where it opens on a word that is also a given name.
    expect(nameParts(words('Virginia Department of Health'))).toMatchObject({ body: true });
  });

  it('takes a role written as a title before a full name off the name (“Owner Tom Reed”, “Manager Ann Lowe”)', () => {
    expect(nameParts(['Owner', 'Tom', 'Reed'])).toMatchObject({ name: 'Tom Reed', titled: true });
    expect(nameParts(['Manager', 'Ann', 'Lowe'])).toMatchObject({ name: 'Ann Lowe', titled: true });
    // An owner before a full name is where the person works; a body's owner stays part of the body's name.
    expect(nameParts(['NASA’s', 'Tom', 'Reed'])).toMatchObject({ name: 'Tom Reed' });
    expect(nameParts(['The', 'Governor’s', 'Office', 'of', 'Emergency', 'Services'])).toMatchObject({ body: true });
    expect(nameParts(['The', 'Governor’s', 'Office', 'of', 'Emergency', 'Services'])?.name).toContain('Governor');
    // Two words: no full name after it, nothing to take off.
    expect(nameParts(['Owner', 'Reed'])).toMatchObject({ name: 'Owner Reed' });
  });

  it('keeps a body’s name whole when a role is its last word, and takes a title with a name after it as the person’s', () => {
    expect(nameParts(['International', 'Association', 'of', 'Machinists'])).toMatchObject({
      name: 'International Association of Machinists',
      body: true,
    });
    expect(nameParts(['Bank', 'of', 'England', 'Governor', 'Mark', 'Carney'])).toMatchObject({ name: 'Mark Carney', body: false });
  });

  it('keeps a title of a place with no name after it whole, and tells the sex a courtesy title gives', () => {
    expect(nameParts(['The', 'Prince', 'of', 'Wales'])).toMatchObject({ name: 'Prince of Wales', titled: true });
    expect(nameParts(['Mrs', 'Patel'])).toMatchObject({ name: 'Patel', courtesy: 'Mrs' });
    expect(nameParts(['Walter', 'Brennan', 'Hale'])).toMatchObject({ name: 'Walter Brennan Hale', titled: false });
  });
});

describe('a name written with a straight or a curly apostrophe', () => {
  it("is one name (“Michael O’Dea” in one outlet, “Michael O'Dea” and “O'Dea” in another)", () => {
    const names = ['Michael O’Dea', "Michael O'Dea", "O'Dea"].map((name) => entry(name));
    expect(clusterNames(names)).toHaveLength(1);
  });
});

describe('a bare name that is no one’s surname', () => {
  it('joins the one person whose first name it is (a surname written first: “Li” of “Li Jifeng”)', () => {
    const names = ['Li Jifeng', 'Ann Lowe', 'Li', 'Lowe'].map((name) => entry(name));
    expect(clusterNames(names).map(({ canonical, variants }) => [canonical, variants])).toEqual([
      ['Li Jifeng', ['Li Jifeng', 'Li']],
      ['Ann Lowe', ['Ann Lowe', 'Lowe']],
    ]);
  });

  it('stays on its own when it is an acronym, a body’s (“NEC” is not “NEC Aan De Waal”)', () => {
    const names = ['NEC Aan De Waal', 'NEC'].map((name) => entry(name));
    expect(clusterNames(names).map(({ canonical }) => canonical)).toEqual(['NEC Aan De Waal', 'NEC']);
  });

  it('stays on its own when two people have that first name, or someone has it as a surname', () => {
    const two = clusterNames(['Li Jifeng', 'Li Wei', 'Li'].map((name) => entry(name)));
    expect(two.map(({ canonical }) => canonical)).toContain('Li');
    const surname = clusterNames(['Taylor Swift', 'Ann Taylor', 'Taylor'].map((name) => entry(name)));
    expect(surname.find(({ variants }) => variants.includes('Taylor'))?.canonical).toBe('Ann Taylor');
  });
});

describe('isCalendarGivenName', () => {
  it('takes a month that is a given name, before a name’s next word, for a name’s word (“Jan Simpson”, “April Ryan”, “June Carter”)', () => {
    expect(isCalendarGivenName(undefined, 'Jan', 'Simpson')).toBe(true);
    expect(isCalendarGivenName('met', 'April', 'Ryan')).toBe(true);
    expect(isCalendarGivenName(',', 'June', 'Carter')).toBe(true);
  });

  it('leaves a month after a word that makes it a date, before no name, or not written as a name', () => {
    expect(isCalendarGivenName('In', 'May', 'Acme')).toBe(false);
    expect(isCalendarGivenName('last', 'June', 'Carter')).toBe(false);
    expect(isCalendarGivenName('Theresa', 'May', 'said')).toBe(false);
    expect(isCalendarGivenName(undefined, 'April', 'The')).toBe(false);
    expect(isCalendarGivenName(undefined, 'APRIL', 'Ryan')).toBe(false);
    expect(isCalendarGivenName(undefined, 'Ryan', 'Smith')).toBe(false);
  });

  it('takes a weekday for a given name only after a title that says the sex (“Mr Sunday Akpan”; not “On Sunday Acme”)', () => {
    expect(isCalendarGivenName('Mr', 'Sunday', 'Akpan')).toBe(true);
    expect(isCalendarGivenName('On', 'Sunday', 'Acme')).toBe(false);
    expect(isCalendarGivenName('Mr', 'Sunday', 'said')).toBe(false);
  });
});

describe('nameParts after a title of an office', () => {
  const nameOf = (run: string) => nameParts(run.split(' '))?.name;

  it('passes over every word of the office to the first given name ("Minister of Foreign Affairs Sergei Lavrov")', () => {
    expect(nameOf('Minister of Foreign Affairs Sergei Lavrov')).toBe('Sergei Lavrov');
    expect(nameOf('Secretary of State for Health Wes Streeting')).toBe('Wes Streeting');
    expect(nameOf('Director of the FBI Kash Patel')).toBe('Kash Patel');
    expect(nameOf('Secretary of State Pompeo')).toBe('Pompeo');
  });

  it('keeps an office with no one named after it whole ("Director of Public Prosecutions", not "Prosecutions")', () => {
    expect(nameOf('Director of Public Prosecutions')).toBe('Director of Public Prosecutions');
    expect(nameOf('Minister of Foreign Affairs')).toBe('Minister of Foreign Affairs');
    expect(nameOf('Duke of Sussex')).toBe('Duke of Sussex');
  });
});

describe('nameParts after a hyphenated title', () => {
  it('reads a rank or office joined by a hyphen as a title ("Brigadier-General Ilaitia Rokotuiwai", "Attorney-General Pam Bondi")', () => {
    expect(nameParts('Brigadier-General Ilaitia Rokotuiwai'.split(' '))?.name).toBe('Ilaitia Rokotuiwai');
    expect(nameParts('Major-General Sitiveni Naivalu'.split(' '))?.name).toBe('Sitiveni Naivalu');
    expect(nameParts('Attorney-General Pam Bondi'.split(' '))?.name).toBe('Pam Bondi');
    expect(nameParts('Jean-Luc Picard'.split(' '))?.name).toBe('Jean-Luc Picard');
  });
});

describe('commaInBodyName', () => {
  it('joins the listed parts of one body’s name (“Department for Environment, Food and Rural Affairs”)', () => {
    const tokens = ['a', 'Department', 'for', 'Environment', ',', 'Food', 'and', 'Rural', 'Affairs', 'spokesperson'];
    expect(commaInBodyName(tokens, 4)).toBe(true);
  });

  it('does not join a list of people (“Smith, Jones and Brown said”, “Obafemi Awolowo University, Emeka Obi and Halima Garba”)', () => {
    expect(commaInBodyName(['Smith', ',', 'Jones', 'and', 'Brown', 'said'], 1)).toBe(false);
    const friends = ['from', 'Obafemi', 'Awolowo', 'University', ',', 'Emeka', 'Obi', 'and', 'Halima', 'Garba', ','];
    expect(commaInBodyName(friends, 4)).toBe(false);
  });
});

describe('isLetterCodename', () => {
  it('reads the letter a court gives an unnamed person after the role it names them by (“Garda A”, “Witness A”)', () => {
    expect(isLetterCodename('Garda', 'A', 'said')).toBe(true);
    expect(isLetterCodename('Witness', 'A.', undefined)).toBe(true);
  });

  it('reads no article so (“Officer A Smith”, “A” opening a sentence, “Kerry A”)', () => {
    expect(isLetterCodename('Officer', 'A', 'Smith')).toBe(false);
    expect(isLetterCodename(undefined, 'A', 'man')).toBe(false);
    expect(isLetterCodename('Kerry', 'A', 'said')).toBe(false);
  });
});

describe('an institution’s noun before a place’s name', () => {
  it('names a body (“Queen’s University Belfast”, “University Belfast”), not a person a title opens', () => {
    expect(nameParts(['Queen’s', 'University', 'Belfast'])?.body).toBe(true);
    expect(nameParts(['University', 'Belfast'])?.body).toBe(true);
    expect(nameParts(['University', 'College', 'Dublin'])?.body).toBe(true);
    expect(nameParts(['Hospital', 'Director', 'Ann', 'Lowe'])).toMatchObject({ name: 'Ann Lowe', body: false });
  });
});

describe('nameParts of a company named by what it makes or holds', () => {
  it('reads the plural trade or the legal form at its end as a body’s', () => {
    for (const name of ['Caledonian Rail Systems', 'Corvell Industries', 'Perdana Hydro Bhd', 'Starwave Entertainment', 'Lakeside Records'])
      expect(nameParts(name.split(' '))).toMatchObject({ body: true });
  });
});

describe('nameParts of a body named in Spanish, Portuguese or French', () => {
  it('reads a head that comes first, or an “of” after a head, as a body’s (not “Ana de la Cruz”)', () => {
    for (const name of ['Sindicato Independiente de Trabajadores de Corvell', 'Banco do Brasil', 'Corvell Automotive de México'])
      expect(nameParts(name.split(' '))).toMatchObject({ body: true });
    expect(nameParts(['Ana', 'de', 'la', 'Cruz'])).toMatchObject({ body: false });
  });
});

describe('nameParts after a tabloid’s word for how someone feels', () => {
  it('leaves the feeling out of the name (“Delighted Janet told the Clarion”, “Heartbroken Tom Reed said”)', () => {
    expect(nameParts(['Delighted', 'Janet'])).toMatchObject({ name: 'Janet' });
    expect(nameParts(['Heartbroken', 'Tom', 'Reed'])).toMatchObject({ name: 'Tom Reed' });
  });
});

describe('nameParts of a name after a title and a role', () => {
  it('leaves both out (“Lieutenant Commander Nikos Papadakis” is Nikos Papadakis)', () => {
    expect(nameParts(['Lieutenant', 'Commander', 'Nikos', 'Papadakis'])).toMatchObject({ name: 'Nikos Papadakis', titled: true });
  });
});

describe('nameParts after a police rank written short', () => {
  it('reads the rank as a title, not a body’s letters (“ACP Juma Mwakalinga”, “ACP Mwakalinga”)', () => {
    expect(nameParts(['ACP', 'Juma', 'Mwakalinga'])).toMatchObject({ name: 'Juma Mwakalinga', titled: true, body: false });
    expect(nameParts(['ACP', 'Mwakalinga'])).toMatchObject({ name: 'Mwakalinga', titled: true, body: false });
  });
});

describe('nameParts after a relative’s title', () => {
  it('reads “Aunt” or “Uncle” as a title (“Aunt Jessie added” is Jessie)', () => {
    expect(nameParts(['Aunt', 'Jessie'])).toMatchObject({ name: 'Jessie', titled: true });
    expect(nameParts(['Uncle', 'Bob', 'Hale'])).toMatchObject({ name: 'Bob Hale', titled: true });
  });
});

describe('nameParts after a capitalised role with its field', () => {
  it('reads the role and its field as a title (“Federal Controller of Works Hauwa Bello”), not a group’s name (“Friends of the Earth”)', () => {
    expect(nameParts(['Federal', 'Controller', 'of', 'Works', 'Hauwa', 'Bello'])).toMatchObject({ titled: true, body: false });
    expect(nameParts(['Federal', 'Controller', 'of', 'Works', 'Hauwa', 'Bello'])?.words.at(-1)).toBe('Bello');
    expect(nameParts(['Friends', 'of', 'the', 'Earth'])?.titled ?? false).toBe(false);
  });
});

describe('nameParts of a broadcaster', () => {
  it('reads a name ending on Television or Radio as a body’s, never one “she” could stand for', () => {
    expect(nameParts(['Northlight', 'Television'])).toMatchObject({ body: true });
  });
});
