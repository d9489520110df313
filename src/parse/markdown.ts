import type { Root, Nodes, Parents } from 'mdast';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block } from '../types.js';
import { guardMarkdown, limitDepth } from './guard.js';

/** A block's readable text, with the body offset of each of its characters. */
export interface BlockText {
  kind: Block['kind'];
  start: number;
  end: number;
  text: string;
  /** offsets[i] is the body offset of text[i]. */
  offsets: number[];
}

const parser = unified().use(remarkParse);
// Sanitised (GitHub's schema, remark-html's default made explicit): an editor's markdown may link and
// emphasise, but no script, style or event handler reaches the page.
const htmlProcessor = unified().use(remarkParse).use(remarkHtml, { sanitize: true });

/** Markdown as sanitised HTML (the story's introduction from its index.md). */
export function markdownToHtml(markdown: string): string {
  return String(htmlProcessor.processSync(markdown)).trim();
}

/**
 * The markdown tree of a body. Hostile shapes are defused first (see guard.ts): the tree is at most
 * DEPTH_LIMIT levels deep and its position offsets always point into `body` as given.
 */
export function parseMarkdown(body: string): Root {
  const guarded = guardMarkdown(body);
  const tree = limitDepth(parser.parse(guarded.text));
  if (guarded.changed) {
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.position) {
        node.position = {
          start: { ...node.position.start, offset: guarded.toSource(node.position.start.offset ?? 0) },
          end: { ...node.position.end, offset: guarded.toSource(node.position.end.offset ?? 0) },
        };
      }
      if ('children' in node) for (const child of (node as Parents).children) stack.push(child as Nodes);
    }
  }
  return tree;
}

/** The readable blocks of a markdown tree in reading order: paragraphs and headings, wherever they sit. */
export function blockTexts(tree: Root): BlockText[] {
  const blocks: BlockText[] = [];
  const walk = (node: Nodes, container: Block['kind']): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = collectText(node, node.type === 'heading' ? 'heading' : container);
      if (block.text.trim() !== '') blocks.push(block);
      return;
    }
    if (node.type === 'code' || node.type === 'html') return;
    const inner: Block['kind'] = node.type === 'blockquote' ? 'blockquote' : node.type === 'listItem' ? 'list-item' : container;
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes, inner);
  };
  walk(tree, 'paragraph');
  return blocks;
}

function collectText(block: Parents, kind: Block['kind']): BlockText {
  const start = block.position?.start.offset ?? 0;
  const end = block.position?.end.offset ?? start;
  let text = '';
  const offsets: number[] = [];
  const add = (value: string, from: number, to: number): void => {
    // Where markdown escapes or entities make the source longer than the value, characters map to the
    // nearest source offset; sentence bounds stay inside the node.
    const span = Math.max(1, to - from);
    for (let index = 0; index < value.length; index += 1) {
      offsets.push(from + (value.length === to - from ? index : Math.min(span - 1, Math.floor((index * span) / value.length))));
    }
    text += value;
  };
  const visit = (node: Nodes): void => {
    const from = node.position?.start.offset ?? start;
    const to = node.position?.end.offset ?? from;
    if (node.type === 'text' || node.type === 'inlineCode') {
      // An inline code span's value excludes its backticks.
      const inset = node.type === 'inlineCode' ? Math.max(0, Math.floor((to - from - node.value.length) / 2)) : 0;
      add(node.value, from + inset, to - inset);
    } else if (node.type === 'break') {
      add('\n', from, to);
    } else if ('children' in node) {
      for (const child of (node as Parents).children) visit(child as Nodes);
    }
  };
  for (const child of block.children) visit(child as Nodes);
  return { kind, start, end, text, offsets };
}
