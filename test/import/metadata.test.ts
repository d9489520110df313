import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/import/metadata.js';
import { fixture } from './helpers.js';

const metadataOf = (html: string) => readMetadata(parseHTML(html).document as unknown as Document);
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`;

describe('page metadata', () => {
  it('comes from JSON-LD first, through @graph, with every author named', () => {
    expect(metadataOf(readFileSync(fixture('jsonld.html'), 'utf8'))).toEqual({
      title: 'Harbour bridge reopens after two years of repairs',
      outlet: 'The Coastal Courier',
      published: '2021-03-04',
      url: 'https://courier.example/news/harbour-bridge-reopens',
      author: 'Mara Quint, Olu Bakare',
    });
  });

  it('comes from Open Graph when there is no JSON-LD', () => {
    expect(metadataOf(readFileSync(fixture('opengraph.html'), 'utf8'))).toEqual({
      title: 'Library extends its opening hours into the evening',
      outlet: 'Valley Herald',
      published: '2022-09-15',
      url: 'https://herald.example/2022/library-hours',
      author: 'Pia Sorensen',
    });
  });

  it('comes from plain meta tags and the canonical link, and leaves out what the page does not say', () => {
    const metadata = metadataOf(readFileSync(fixture('plain-meta.html'), 'utf8'));
    expect(metadata).toMatchObject({
      published: '2020-10-02',
      url: 'https://farmnews.example/orchards-late-harvest',
      author: 'Tomas Reyes',
    });
    expect(metadata.outlet).toBeUndefined();
    expect(metadata.title).toBeUndefined();
  });

  it('keeps the date as the page wrote it, in its own time zone', () => {
    expect(metadataOf(page('<meta property="article:published_time" content="2019-11-19T23:30:00-08:00">')).published).toBe('2019-11-19');
  });

  it('ignores a broken JSON-LD block and uses the other sources', () => {
    const metadata = metadataOf(
      page('<script type="application/ld+json">{"@type": "NewsArticle",</script><meta property="og:title" content="From OG">'),
    );
    expect(metadata.title).toBe('From OG');
  });

  it('takes no author that is only a profile address, and no url that is not a web address', () => {
    const metadata = metadataOf(
      page('<meta property="article:author" content="https://social.example/someone"><link rel="canonical" href="javascript:alert(1)">'),
    );
    expect(metadata.author).toBeUndefined();
    expect(metadata.url).toBeUndefined();
  });
});
