// Article HTML → markdown that keeps paragraphs, headings, quotes, lists and emphasis. Links keep their
// words only and images go (the site shows text); nothing of the page's markup survives as HTML.
import TurndownService from 'turndown';

export function toMarkdown(body: Element): string {
  return markdownService()
    .turndown(body as unknown as HTMLElement)
    .replace(/^[ \t]*([-*+]|\d+\.)[ \t]*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const DROPPED = new Set(
  'script style noscript iframe object embed form button input select textarea svg canvas video audio picture source img template'.split(
    ' ',
  ),
);

function markdownService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    emDelimiter: '*',
    strongDelimiter: '**',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
  });
  // Rules added here win over turndown's own (an image would otherwise become a markdown image).
  service.addRule('dropped', {
    filter: (node) => DROPPED.has(node.nodeName.toLowerCase()),
    replacement: () => '',
  });
  service.addRule('link-text', { filter: 'a', replacement: (content) => content });
  // Code on a news page is rare and mostly embed debris; its text stays, as plain text.
  service.addRule('code-as-text', { filter: ['pre', 'code'], replacement: (content) => content });
  service.addRule('table-cells', {
    filter: ['td', 'th'],
    replacement: (content) => ` ${content.trim()} `,
  });
  service.addRule('table-rows', { filter: 'tr', replacement: (content) => `\n\n${content.trim()}\n\n` });
  return service;
}
