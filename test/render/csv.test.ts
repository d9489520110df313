// The CSV downloads: the documented columns, one line per version or quotation, quoted as RFC 4180 says
// and defused where a spreadsheet would run a formula.
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, QUOTE_COLUMNS, claimsCsv, csvField, quotesCsv } from '../../src/render/csv.js';
import { buildStoryView } from '../../src/render/model.js';
import { fixtureStory } from './fixture.js';

/** A minimal RFC 4180 reader, for checking what was written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV downloads', () => {
  const story = fixtureStory();
  const view = buildStoryView(story);

  it('claims.csv: the documented columns and one line per version of every claim', () => {
    const rows = readCsv(claimsCsv(view));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    expect(CLAIM_COLUMNS).toEqual([
      'claim',
      'kind',
      'score',
      'carriers',
      'outlets',
      'statement',
      'article',
      'outlet',
      'sentence',
      'place',
      'paragraph',
      'paragraphs',
      'text',
      'conflicts',
    ]);
    expect(rows.length - 1).toBe(view.claims.reduce((sum, claim) => sum + claim.versions.length, 0));
    const sentences = new Map(story.story.articles.flatMap((a) => a.sentences.map((s) => [`${a.id}/${s.id}`, s.text])));
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CLAIM_COLUMNS.length);
      const text = sentences.get(`${row[6]}/${row[8]}`)!;
      expect(row[12]).toBe(/^[=+\-@]/.test(text) ? `'${text}` : text);
    }
  });

  it('quotes.csv: the documented columns and one line per quotation of every group', () => {
    const rows = readCsv(quotesCsv(view));
    expect(rows[0]).toEqual([...QUOTE_COLUMNS]);
    expect(QUOTE_COLUMNS).toEqual([
      'quote',
      'group_speaker',
      'speaker_conflict',
      'truncated',
      'article',
      'outlet',
      'sentence',
      'kind',
      'speaker',
      'text',
      'claim',
    ]);
    expect(rows.length - 1).toBe(story.alignment.quotes.reduce((sum, q) => sum + q.members.length, 0));
  });

  it('quotes fields with commas, quotation marks and line breaks, and defuses formulas', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5 dead')).toBe("'-5 dead");
    expect(csvField(null)).toBe('');
  });
});
