import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../src/import/text.js';

describe('a plain-text article', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const article = readTextArticle('Council votes to plant trees\nThe council voted on Tuesday.\nWork starts in spring.');
    expect(article.title).toBe('Council votes to plant trees');
    expect(article.paragraphs).toEqual(['The council voted on Tuesday.', 'Work starts in spring.']);
  });

  it('has no headline when the first line is a sentence', () => {
    const article = readTextArticle('The council voted on Tuesday to plant trees.\nWork starts in spring.');
    expect(article.title).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
  });

  it('splits paragraphs at single line breaks when the text has no blank lines', () => {
    const article = readTextArticle('First sentence here.\nSecond paragraph here.\nThird one here.');
    expect(article.paragraphs).toEqual(['First sentence here.', 'Second paragraph here.', 'Third one here.']);
  });

  it('splits paragraphs at blank lines and joins lines that were wrapped', () => {
    const article = readTextArticle(
      'Headline of the piece\n\nThe council voted on Tuesday to plant a thousand\nnew trees in the city.\n\nWork starts in spring.',
    );
    expect(article.paragraphs).toEqual([
      'The council voted on Tuesday to plant a thousand new trees in the city.',
      'Work starts in spring.',
    ]);
  });

  it('moves a label above the headline and share lines below it to the furniture', () => {
    const article = readTextArticle('Local news\n\nBridge reopens after repairs\n\nShare this article\n\nThe bridge reopened on Thursday.');
    expect(article.title).toBe('Bridge reopens after repairs');
    expect(article.furniture).toEqual(['Local news', 'Share this article']);
    expect(article.paragraphs).toEqual(['The bridge reopened on Thursday.']);
  });

  it('moves the short lines that follow closing furniture to the furniture', () => {
    const article = readTextArticle('Headline here\n\nThe bridge reopened on Thursday.\n\nShare this article\nCall us now\nWait for it.');
    expect(article.paragraphs).toEqual(['The bridge reopened on Thursday.']);
    expect(article.furniture).toEqual(['Share this article', 'Call us now', 'Wait for it.']);
  });

  it('keeps short closing lines that do not follow furniture', () => {
    const article = readTextArticle('Headline here\n\nThe bridge reopened on Thursday.\n\nIt is open again.');
    expect(article.paragraphs).toEqual(['The bridge reopened on Thursday.', 'It is open again.']);
  });

  it('takes a wire agency credited at the end out of the body, as the outlet', () => {
    const article = readTextArticle('Headline here\n\nThe bridge reopened on Thursday. Reuters');
    expect(article.paragraphs).toEqual(['The bridge reopened on Thursday.']);
    expect(article.credit).toBe('Reuters');
    expect(article.furniture).toEqual(['Reuters']);
  });

  it('does not take a name inside the last sentence for a credit', () => {
    const article = readTextArticle('Headline here\n\nThe statement was sent to Reuters.');
    expect(article.credit).toBeUndefined();
    expect(article.paragraphs).toEqual(['The statement was sent to Reuters.']);
  });
});
