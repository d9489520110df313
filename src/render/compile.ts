// Compiles a template as nunjucks does, less one cost: nunjucks sets seven `loop.*` variables (index,
// first, last, …) on every pass of every `{% for %}`, each through a frame lookup that splits the name at
// its dots, and on the big pages that was the largest single cost of rendering. A loop whose body never
// names `loop` cannot read them, so it is compiled without them. A body that includes or imports another
// template, holds a block (which a child template may fill) or calls an extension keeps them: those can
// see the loop's frame without naming it here.
// Everything else is nunjucks' own parser, transformer and code generator, so the output is the same.
import { createRequire } from 'node:module';
import type nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);

interface TemplateNode {
  typename: string;
  value?: unknown;
  findAll(type: unknown): TemplateNode[];
}
interface CompilerInstance {
  compile(ast: unknown): void;
  getCode(): string;
}
type CompilerClass = new (name: string, throwOnUndefined: boolean) => CompilerInstance & {
  _emitLoopBindings(node: TemplateNode, arr: string, i: string, len: string): void;
};

const { Compiler } = require('nunjucks/src/compiler.js') as { Compiler: CompilerClass };
const { parse } = require('nunjucks/src/parser.js') as { parse(source: string, extensions: unknown[], options: unknown): unknown };
const { transform } = require('nunjucks/src/transformer.js') as { transform(ast: unknown, asyncFilters: string[], name: string): unknown };
const nodes = require('nunjucks/src/nodes.js') as Record<string, unknown>;
/** Nodes whose code is handed the frame at run time: a template or block elsewhere may read `loop` there. */
const FRAME_SHARING = ['Include', 'Import', 'FromImport', 'Block', 'Super', 'Extends', 'CallExtension'].map((name) => nodes[name]);

/** Whether anything in a `{% for %}` could read its `loop` variables. */
function mayReadLoop(loop: TemplateNode): boolean {
  if (loop.findAll(nodes.Symbol).some((symbol) => symbol.value === 'loop')) return true;
  return FRAME_SHARING.some((type) => loop.findAll(type).length > 0);
}

class LoopCompiler extends Compiler {
  _emitLoopBindings(node: TemplateNode, arr: string, i: string, len: string): void {
    if (mayReadLoop(node)) super._emitLoopBindings(node, arr, i, len);
  }
}

/** What nunjucks would make of `source` (its blocks and root render function), for a `{ type: 'code' }` source. */
export function compileTemplate(source: string, name: string, env: nunjucks.Environment): Record<string, unknown> {
  const { opts, extensionsList, asyncFilters } = env as unknown as {
    opts: { throwOnUndefined?: boolean };
    extensionsList: Array<{ preprocess?: (source: string) => string }>;
    asyncFilters: string[];
  };
  const compiler = new LoopCompiler(name, Boolean(opts.throwOnUndefined));
  const preprocessed = extensionsList.reduce((text, extension) => (extension.preprocess ? extension.preprocess(text) : text), source);
  compiler.compile(transform(parse(preprocessed, extensionsList, opts), asyncFilters, name));
  // As nunjucks itself turns the generated code into functions.
  return new Function(compiler.getCode())() as Record<string, unknown>;
}
