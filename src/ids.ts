// Ids become file and folder names in the site, so they are reduced to a safe alphabet here: whatever a
// file is called, nothing can be written outside the output folder or over a reserved name.

const RESERVED = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  'com1',
  'com2',
  'com3',
  'com4',
  'lpt1',
  'lpt2',
  'lpt3',
  'assets',
  'articles',
  'claims',
]);

/** "Some File (v2).md" → "some-file-v2"; never empty, never "..", never a reserved name. */
export function slugify(name: string): string {
  const slug = name
    // Not letters.ts's withoutMarks: that takes off every mark, these only the combining diacritics' block, and
    // a slug must not change ("e\u20DDx" stays "e-x"), or every link to the page made with it breaks.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  if (slug === '') return 'untitled';
  return RESERVED.has(slug) ? `${slug}-page` : slug;
}
