import { describe, expect, it } from 'vitest';
import { renderHome } from '../../src/render/index.js';
import { renderOptions } from './fixture.js';

describe('the 404 page', () => {
  it('links absolutely when the public address is known, since GitHub Pages serves it at any depth', () => {
    const page = String(renderHome([], renderOptions('https://example.github.io/repo')).get('404.html'));
    expect(page).toContain('href="https://example.github.io/repo/index.html"');
    expect(page).toContain('href="https://example.github.io/repo/assets/style.css"');
  });

  it('links relatively without one, like every other page', () => {
    const page = String(renderHome([], renderOptions()).get('404.html'));
    expect(page).toContain('href="./index.html"');
    expect(page).not.toMatch(/href="\//);
  });
});
