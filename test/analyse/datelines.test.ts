import { describe, expect, it } from 'vitest';
import { isDateline } from '../../src/analyse/datelines.js';
import { tokensOf } from '../../src/analyse/terms/index.js';

const dateline = (text: string) => isDateline(tokensOf(text));

describe('datelines: a page’s time stamps are not claims', () => {
  it.each([
    'Sunday 4 August 2013, 19:30',
    'Published Sunday, Aug 4 2013, 19:30 BST',
    '4 August 2013 Last updated at 19:47 GMT',
    'August 4, 2013 2:29 PM ET',
    'Updated: Feb. 21, 2013 at 10:05 a.m.',
  ])('“%s” is a dateline', (text) => {
    expect(dateline(text)).toBe(true);
  });

  it.each([
    'On Sunday, the council met at 19:30.',
    'The vote was on 4 August.',
    'May 2013 was the wettest month on record.',
    'He may resign.',
    'Sunday',
    '19:30 GMT',
  ])('“%s” is not', (text) => {
    expect(dateline(text)).toBe(false);
  });
});
