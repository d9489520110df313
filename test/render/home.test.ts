import { describe, expect, it } from 'vitest';
import { newestFirst, type HomeItem } from '../../src/render/index.js';

const item = (id: string, published?: string) => ({ story: { id, title: id, published, articles: [] } }) as unknown as HomeItem;

describe('the home page', () => {
  it('lists the newest story first, undated stories last, ties by id', () => {
    const order = newestFirst([item('b'), item('old', '2013-08-04'), item('a'), item('new', '2015-12-15'), item('same', '2015-12-15')]);
    expect(order.map(({ story }) => story.id)).toEqual(['new', 'same', 'old', 'a', 'b']);
  });
});
