// Compiles a template as nunjucks does, less one cost: nunjucks sets seven `loop.*` variables (index,
// first, last, …) on every pass of every `{% for %}`, each through a frame lookup that splits the name at
// its dots, and on the big pages that was the largest single cost of rendering. A loop whose body never
// names `loop` cannot read them, so it is compiled without them. A body that includes or imports another
// template, holds a block (which a child template may fill) or calls an extension keeps them: those can
// see the loop's frame without naming it here.
// Smaller costs go the same way: a variable set in the frame under a plain name (a loop's item, a macro's
// argument) is stored directly instead of through `Frame.set`, which splits every name at its dots;
// printed values go through `escapedOutput` below, nunjucks' `suppressValue` with an escape that first
// checks whether the text holds anything to replace at all (most holds nothing); and `a.name` is read by
// a small function of its own at each place (nunjucks' `memberLookup` with the name written in), so each
// place reads one kind of object by a fixed name instead of every place sharing one lookup by any name.
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
type CompilerClass = new (
  name: string,
  throwOnUndefined: boolean,
) => CompilerInstance & {
  buffer: string;
  _emit(code: string): void;
  _emitLine(code: string): void;
  _emitLoopBindings(node: TemplateNode, arr: string, i: string, len: string): void;
  _compileExpression(node: TemplateNode, frame: unknown): void;
  compileLookupVal(node: LookupNode, frame: unknown): void;
};
interface LookupNode extends TemplateNode {
  target: TemplateNode;
  val: TemplateNode;
}

const { Compiler } = require('nunjucks/src/compiler.js') as { Compiler: CompilerClass };
const { parse } = require('nunjucks/src/parser.js') as { parse(source: string, extensions: unknown[], options: unknown): unknown };
const { transform } = require('nunjucks/src/transformer.js') as { transform(ast: unknown, asyncFilters: string[], name: string): unknown };
const nodes = require('nunjucks/src/nodes.js') as Record<string, unknown>;
const { SafeString, memberLookup } = require('nunjucks/src/runtime.js') as {
  SafeString: new (value: string) => unknown;
  memberLookup(object: unknown, name: unknown): unknown;
};
/** Nodes whose code is handed the frame at run time: a template or block elsewhere may read `loop` there. */
const FRAME_SHARING = ['Include', 'Import', 'FromImport', 'Block', 'Super', 'Extends', 'CallExtension'].map((name) => nodes[name]);

/** Whether anything in a `{% for %}` could read its `loop` variables. */
function mayReadLoop(loop: TemplateNode): boolean {
  if (loop.findAll(nodes.Symbol).some((symbol) => symbol.value === 'loop')) return true;
  return FRAME_SHARING.some((type) => loop.findAll(type).length > 0);
}

/** `frame.set("name", value);` for a name without dots and a plain value: a store into the frame's own variables. */
const PLAIN_FRAME_SET = /^frame\.set\("([A-Za-z_$][\w$]*)", ([\w$]+)\);$/;
/** The start of `frame.set("name", <expression>);` for a macro's keyword argument (see _compileMacro). */
const FRAME_SET_START = /^frame\.set\("([A-Za-z_$][\w$]*)", $/;
/** How nunjucks starts printing a value (see compileOutput). */
const PRINT = ' += runtime.suppressValue(';
/** A name that can follow a dot in JavaScript. */
const PROPERTY_NAME = /^[A-Za-z_$][\w$]*$/;

class LoopCompiler extends Compiler {
  /** Declarations of the member readers the code calls (see compileLookupVal). */
  readonly memberReaders: string[] = [];

  _emitLoopBindings(node: TemplateNode, arr: string, i: string, len: string): void {
    if (mayReadLoop(node)) super._emitLoopBindings(node, arr, i, len);
  }

  _emit(code: string): void {
    if (code === this.buffer + PRINT) super._emit(`${this.buffer} += escapedOutput(`);
    // nunjucks closes it with `);`, which closes the parenthesis here.
    else super._emit(code.replace(FRAME_SET_START, 'frame.variables["$1"] = ('));
  }

  _emitLine(code: string): void {
    // Frame.set without resolveUp on a dotless name does exactly this store.
    super._emitLine(code.replace(PLAIN_FRAME_SET, 'frame.variables["$1"] = $2;'));
  }

  compileLookupVal(node: LookupNode, frame: unknown): void {
    const name = node.val.typename === 'Literal' ? node.val.value : undefined;
    if (typeof name !== 'string' || !PROPERTY_NAME.test(name)) {
      super.compileLookupVal(node, frame);
      return;
    }
    // As memberLookup: nothing from null or undefined, a method bound to its object (by memberLookup itself).
    const reader = `member_${this.memberReaders.length}`;
    this.memberReaders.push(
      `function ${reader}(o) { if (o === undefined || o === null) return undefined; var v = o.${name}; return typeof v === "function" ? memberLookup(o, "${name}") : v; }`,
    );
    this._emit(`${reader}((`);
    this._compileExpression(node.target, frame);
    this._emit('))');
  }
}

/** nunjucks' `runtime.suppressValue`: null and undefined print nothing, and unless marked safe a value is escaped. */
function escapedOutput(value: unknown, autoescape: boolean): unknown {
  if (value === undefined || value === null) return '';
  if (!autoescape || value instanceof SafeString) return value;
  // A number's text has nothing to escape.
  if (typeof value === 'number') return String(value);
  return escapeHtml(typeof value === 'string' ? value : (value as { toString(): string }).toString());
}

/** The entities nunjucks' `lib.escape` puts for each character it replaces. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const SPECIAL = /[&"'<>\\]/;
const SPECIALS = /[&"'<>\\]/g;
const entity = (character: string): string => ENTITIES[character];

/** As nunjucks' `lib.escape`; text with nothing to replace (most) is returned as it is, found by one native search. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, entity) : text;
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
  // As nunjucks itself turns the generated code into functions, with escapedOutput and the member readers in scope.
  const code = `${compiler.memberReaders.join('\n')}\n${compiler.getCode()}`;
  return new Function('escapedOutput', 'memberLookup', code)(escapedOutput, memberLookup) as Record<string, unknown>;
}
