// Site-wide search on a static host, by Pagefind (its Node API, as documented): each story gives plain
// records (the story, each shared claim, each quotation); the index is made in memory from every story's
// records and written with the site under pagefind/, where the browser fetches only the chunks a query
// needs. A record's outlets and speakers go in its metadata, and the search page filters by them: Pagefind's
// own filter index is written in a different order on every run, and the site must be byte-identical.
import * as pagefind from 'pagefind';
import type { SiteFiles } from '../types.js';
import type { StoryView } from './model.js';

/** One search result to be: what it links to, the words it is found by, and how it can be filtered. */
export interface SearchRecord {
  /** Relative to the site root. */
  url: string;
  title: string;
  content: string;
  kind: 'story' | 'claim' | 'quote';
  outlets: string[];
  speakers: string[];
}

/** Pagefind's ready-made interfaces and highlighter, which the site does not use (search.js is its own). */
const SEARCH_UI = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** Between the values of a record's outlet and speaker metadata (search.js splits on it). */
export const FILTER_SEPARATOR = '\n';

/** The values the search page offers as filters: every outlet and speaker of the site, sorted. */
export function filterValues(records: SearchRecord[]): { outlets: string[]; speakers: string[] } {
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
  return { outlets: sorted(records.flatMap((r) => r.outlets)), speakers: sorted(records.flatMap((r) => r.speakers)) };
}

/** The folder of the index in the site. */
export const SEARCH_DIR = 'pagefind';

/** The records of one story. */
export function searchRecords(view: StoryView): SearchRecord[] {
  const { story } = view;
  const names = (list: Array<{ name: string }>) => [...new Set(list.map((a) => a.name))];
  const records: SearchRecord[] = [
    {
      url: `${story.id}/index.html`,
      title: story.title,
      content: [story.title, story.summary ?? '', ...view.articles.map((a) => `${a.name}: ${a.title}`)].join('\n'),
      kind: 'story',
      outlets: names(view.articles),
      speakers: [],
    },
  ];
  for (const claim of view.sharedClaims) {
    records.push({
      url: `${story.id}/${claim.href}`,
      title: claim.statement,
      content: [...new Set(claim.versions.map((v) => v.sentence.text))].join('\n'),
      kind: 'claim',
      outlets: names(claim.carriedBy),
      speakers: [],
    });
  }
  for (const quote of view.quotes) {
    const speakers = quote.speakers.length ? quote.speakers : [];
    records.push({
      url: `${story.id}/quotes.html#${quote.id}`,
      title: `${quote.speaker ?? 'Speaker not named'}: “${quote.summary}”`,
      content: [...new Set(quote.members.map((m) => m.text)), ...speakers].join('\n'),
      kind: 'quote',
      outlets: names(quote.members.map((m) => m.article)),
      speakers,
    });
  }
  return records;
}

/** The Pagefind index of every record, as files of the site (under pagefind/). */
export async function searchIndex(records: SearchRecord[]): Promise<SiteFiles> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const meta = {
        title: record.title,
        kind: record.kind,
        outlet: record.outlets.join(FILTER_SEPARATOR),
        speaker: record.speakers.join(FILTER_SEPARATOR),
      };
      const added = await index.addCustomRecord({ url: record.url, content: record.content, language: 'en', meta });
      if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`search index: ${fileErrors.join('; ')}`);
    const out: SiteFiles = new Map();
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      if (!SEARCH_UI.test(file.path)) out.set(`${SEARCH_DIR}/${file.path}`, file.content);
    }
    return out;
  } finally {
    await pagefind.close();
  }
}
