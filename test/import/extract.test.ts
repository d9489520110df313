import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage, NoArticleError } from '../../src/import/extract.js';
import { isFurnitureLine } from '../../src/import/furniture.js';
import { fixture } from './helpers.js';

const jsonld = () => extractPage(readFileSync(fixture('jsonld.html'), 'utf8'));

describe('the article of a web page', () => {
  it('keeps paragraphs, quotes and emphasis as markdown, without the headline', () => {
    const { markdown } = jsonld();
    expect(markdown.startsWith('The harbour bridge reopened to traffic on Thursday morning')).toBe(true);
    expect(markdown).toContain('\n\n> The bridge is stronger now than on the day it first opened.\n\n');
    expect(markdown).toContain('the mayor said');
    expect(markdown).toContain('*this is it*');
    expect(markdown).toContain('**nine million more**');
    expect(markdown).not.toContain('Harbour bridge reopens');
    expect(markdown.split('\n\n')).toHaveLength(7);
  });

  it('moves share buttons, captions and credits, Read more links, newsletter boxes and copyright lines to the furniture, in page order', () => {
    const { markdown, furniture } = jsonld();
    expect(furniture).toEqual([
      'Share on Facebook Share on Twitter',
      'The bridge at dawn on Thursday. Photo: Lena Ford',
      'Read more: Why the cables failed',
      'Get the morning briefing',
      'Sign up for our daily newsletter in your inbox.',
      '© 2021 The Coastal Courier. All rights reserved.',
    ]);
    for (const line of furniture) expect(markdown).not.toContain(line);
  });

  it('lists nothing from outside the article (menus, footers) as its furniture', () => {
    expect(jsonld().furniture).not.toContain('Home');
    expect(jsonld().furniture).not.toContain('About us');
  });

  it('takes the headline from the page title when no metadata states one', () => {
    expect(extractPage(readFileSync(fixture('plain-meta.html'), 'utf8')).metadata.title).toBe('Orchard growers expect a late harvest');
  });

  it('reads a saved page of bare text, with no tags at all, as one whose lines are paragraphs', () => {
    const line = 'The council met on Monday to set its budget for the year ahead, with cuts to libraries & parks. '.repeat(3);
    const { markdown } = extractPage(`${line}\n\n${line}\n${line}`);
    expect(markdown.split('\n\n')).toEqual([line.trim(), line.trim(), line.trim()]);
  });

  it('refuses a page with no article', () => {
    expect(() => extractPage(readFileSync(fixture('no-article.html'), 'utf8'))).toThrow(NoArticleError);
  });

  it('drops images, scripts and links but keeps the words of a link', () => {
    const html = `<html><body><article>${'<p>A long enough paragraph about the council and its budget for the year ahead, with details. </p>'.repeat(4)}<p>See <a href="javascript:alert(1)">the report</a> for more.<img src="x.png" onerror="alert(1)"><script>alert(1)</script></p></article></body></html>`;
    const { markdown } = extractPage(html);
    expect(markdown).toContain('See the report for more.');
    expect(markdown).not.toMatch(/alert|<img|<script|\]\(/);
  });
});

describe('furniture lines', () => {
  it.each([
    'Share this article',
    'Read more: Why the cables failed',
    'Sign up for our newsletter',
    '© 2021 The Coastal Courier',
    'Copyright 2020 Some Press. All rights reserved.',
    'Photo: Lena Ford',
    'Advertisement',
    'Leave a Reply',
    'Protesters marched on Sunday (Image: GETTY)',
    'By Jane Doe and John Roe | Staff writers',
    'Published 4:00 am CST, Wednesday, November 20, 2019',
    'November 20, 2019',
    'Getty Images',
    'More from Europe',
  ])('“%s” is furniture', (line) => expect(isFurnitureLine(line)).toBe(true));

  it.each([
    'The council said it would share the costs with the state.',
    'Read the full statement, the minister told reporters, before deciding.',
    'Posted on social media by analysts, the video spread quickly.',
    'By Monday, the council had voted to close the road.',
    'May 5, 2019 was the coldest day of the spring.',
    'Popular support for the measure fell in the spring.',
    'Copyright law changes were approved by parliament on Tuesday.',
    'Reuters reported that the talks had ended.',
    'Unemployment fell to 4 percent (source: the statistics office).',
    '3 of 4 voters said they would vote again.',
    'Related reports were published on Monday by three newspapers in the region and abroad, all of them citing the same leaked memo from the ministry of finance.',
  ])('“%s” is article text', (line) => expect(isFurnitureLine(line)).toBe(false));
});
