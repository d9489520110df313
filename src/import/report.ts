// What the import command prints at the end: a table of the articles written and what each lacked.
import type { ImportResult } from './run.js';

/** The summary: one row per article written, then what each could not find. */
export function report(result: ImportResult, elapsedMs: number): string[] {
  const rows = result.imported.map(({ article, written }) => [
    written.id,
    article.outlet ?? '—',
    article.published ?? '—',
    String(article.words),
    String(article.furniture.length),
    article.missing.length > 0 ? article.missing.join(', ') : '—',
  ]);
  const header = ['id', 'outlet', 'date', 'words', 'furniture', 'missing'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 3 || column === 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  const added = result.imported.filter(({ written }) => !written.updated).length;
  const lines = [
    `Imported ${result.imported.length} of ${result.imported.length + result.failed.length} into ${result.folder}/ (${added} added, ${result.imported.length - added} updated) in ${Math.round(elapsedMs)} ms`,
  ];
  if (rows.length > 0) lines.push('', line(header), ...rows.map(line));
  const untitled = result.imported.filter(({ article }) => article.missing.includes('title'));
  if (untitled.length > 0) {
    lines.push('', 'No headline found for these; the file name stands in as the title. Put the real headline in “title:”:');
    for (const { written } of untitled) lines.push(`  ${written.file}`);
  }
  if (rows.some((row) => row[5] !== '—'))
    lines.push(
      '',
      'Missing fields were not stated by the page or text; they stay empty rather than guessed. Add them by hand if you know them.',
    );
  return lines;
}
