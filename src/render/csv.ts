// The story's claims and quotations as CSV (RFC 4180) for spreadsheets and scripts, beside alignment.json.
// Article text is untrusted: a field a spreadsheet would read as a formula (= + - @ at its start) is
// prefixed with an apostrophe, so opening the file can run nothing.
import type { StoryView } from './model.js';

export const CLAIM_COLUMNS = [
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
] as const;
export const QUOTE_COLUMNS = [
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
] as const;

/** One field, quoted where it must be and defused where a spreadsheet would compute it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(columns: readonly string[], rows: Array<Array<string | number | boolean | null | undefined>>): string {
  return [columns.join(','), ...rows.map((row) => row.map(csvField).join(','))].join('\r\n') + '\r\n';
}

/** One line per version of every claim (an exclusive is a claim of one version). */
export function claimsCsv(view: StoryView): string {
  const rows = view.claims.flatMap((claim) =>
    claim.versions.map((v) => [
      claim.synthetic ? '' : claim.id,
      claim.kind,
      claim.score,
      claim.carriers,
      claim.total,
      claim.statement,
      v.article.id,
      v.article.name,
      v.sentence.id,
      v.place.label,
      v.place.paragraph,
      v.place.paragraphs,
      v.sentence.text,
      claim.conflicts.map((c) => `${c.kindLabel}: ${c.versions.map((x) => `${x.article.name}: ${x.detail}`).join(' · ')}`).join(' | '),
    ]),
  );
  return csv(CLAIM_COLUMNS, rows);
}

/** One line per quotation, grouped as the quotes page groups them. */
export function quotesCsv(view: StoryView): string {
  const rows = view.quotes.flatMap((quote) =>
    quote.members.map((m) => [
      quote.id,
      quote.speaker,
      quote.speakerConflict,
      quote.truncated,
      m.article.id,
      m.article.name,
      m.href.split('#')[1] ?? '',
      m.kind,
      m.speaker,
      m.text,
      m.claim,
    ]),
  );
  return csv(QUOTE_COLUMNS, rows);
}
