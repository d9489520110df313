// corrections.yml: an editor's corrections to a story's alignment, read with the position of every value
// so that a message can name the line to fix. What the file may hold is documented for editors as a JSON
// Schema (src/render/corrections-schema.ts); this reader checks the same rules and says what to write.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { BuildError } from '../errors.js';
import type { Correction, CorrectionAction, Corrections, Located, SourceFile } from '../types.js';
import { decodeSource } from './decode.js';
import { nearestField } from './front-matter-checks.js';

/** The actions, each with what its value names: sentences, or one sentence holding a quotation. */
const ACTIONS: Record<CorrectionAction, 'sentences' | 'sentence' | 'quote'> = {
  link: 'sentences',
  unlink: 'sentence',
  split: 'sentences',
  merge: 'sentences',
  hide: 'sentence',
  'not-a-quote': 'quote',
  speaker: 'quote',
};
/** The keys a correction may have besides its action. */
const EXTRA_KEYS = ['reason', 'words', 'quote'] as const;
const ALL_KEYS = [...Object.keys(ACTIONS), ...EXTRA_KEYS];

type Position = (node: Node | Pair | undefined) => { line: number; column: number };

/** Read a story's corrections.yml; a file that cannot be read as corrections stops the build. */
export function parseCorrections(file: SourceFile): Corrections {
  const text = decodeSource(file);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at: Position = (node) => {
    const offset =
      (node && 'range' in node ? node.range?.[0] : node && 'key' in node ? (node.key as Node | null)?.range?.[0] : undefined) ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [error] = document.errors;
  if (error) {
    // The usual mistake: a sentence with its “<article>: ” written without quotes.
    const unquoted = unquotedReference(text);
    if (unquoted)
      throw new BuildError('bad-correction', { path: file.path, line: unquoted.line, column: unquoted.column }, unquoted.detail);
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new BuildError(
      'invalid-corrections',
      { path: file.path, line, column: col },
      error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
    );
  }
  const fail = (node: Node | Pair | undefined, detail: string) =>
    new BuildError('bad-correction', { path: file.path, ...at(node) }, detail);
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { path: file.path, corrections: [] };
  if (!isMap(root)) throw fail(root, 'the file must start with “corrections:” followed by a list of corrections');
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'corrections')
      throw fail(
        pair,
        `“${key}” is not something a corrections file holds${key === 'correction' ? ' (did you mean “corrections”?)' : ''}; it holds one list, “corrections:”`,
      );
  }
  const list = root.get('corrections', true);
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return { path: file.path, corrections: [] };
  if (!isSeq(list)) throw fail(list as Node, '“corrections:” must be a list, each correction starting with “- ”');
  return { path: file.path, corrections: list.items.map((item) => readCorrection(item as Node, at, fail)) };
}

function readCorrection(node: Node, at: Position, fail: (node: Node | Pair | undefined, detail: string) => BuildError): Correction {
  if (!isMap(node)) throw fail(node, 'each correction is a set of fields such as “link:” and “reason:”, not a single value');
  const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  node.items.forEach((pair, index) => {
    const key = keys[index];
    if (ALL_KEYS.includes(key)) return;
    const meant = nearestField(key, ALL_KEYS);
    throw fail(
      pair,
      `“${key}” is not part of a correction${meant ? ` (did you mean “${meant}”?)` : `; a correction is one of ${Object.keys(ACTIONS).join(', ')}, with an optional reason`}`,
    );
  });
  const actions = keys.filter((key): key is CorrectionAction => key in ACTIONS);
  if (actions.length !== 1) {
    throw fail(
      node,
      actions.length
        ? `one correction does one thing, but this one has ${actions.join(' and ')}: make them two corrections`
        : `a correction needs one of ${Object.keys(ACTIONS).join(', ')}`,
    );
  }
  const action = actions[0];
  const pairOf = (key: string) => node.items[keys.indexOf(key)];
  const text = (key: string): Located<string> | undefined => {
    const pair = pairOf(key);
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '')
      throw fail(value ?? pair, `“${key}:” must be text`);
    return { value: value.value.trim(), ...at(value) };
  };
  const reason = text('reason')?.value;
  const base = { action, line: at(node).line, column: at(node).column, ...(reason ? { reason } : {}) };
  if (action === 'hide' && !reason) throw fail(node, 'hiding a sentence needs a “reason:” (readers see it where the sentence was)');
  const kind = ACTIONS[action];
  if (kind === 'quote') {
    // `speaker: Name` names the quotation in `quote:`; `not-a-quote:` names it itself.
    if (action === 'speaker') {
      const speakerNode = pairOf('speaker').value as Node | null;
      if (speakerNode !== null && !(isScalar(speakerNode) && (speakerNode.value === null || typeof speakerNode.value === 'string')))
        throw fail(speakerNode, '“speaker:” must be a name, or “null” to say the text names no speaker');
      const speaker =
        speakerNode === null || (speakerNode as { value: unknown }).value === null
          ? null
          : String((speakerNode as { value: string }).value).trim() || null;
      const quote = text('quote');
      if (!quote)
        throw fail(node, 'a “speaker:” correction needs “quote:”, the sentence that holds the quotation (“<article>: <its first words>”)');
      return { ...base, sentences: [quote], speaker, ...optional('words', text('words')) };
    }
    if (keys.includes('quote')) throw fail(pairOf('quote'), '“quote:” goes with “speaker:”; “not-a-quote:” names the sentence itself');
    return { ...base, sentences: [text(action)!], ...optional('words', text('words')) };
  }
  for (const key of ['words', 'quote'])
    if (keys.includes(key))
      throw fail(pairOf(key), `“${key}:” goes with a quotation's corrections (“speaker:”, “not-a-quote:”), not with “${action}:”`);
  const value = pairOf(action).value as Node | null;
  if (kind === 'sentence') return { ...base, sentences: [text(action)!] };
  if (!isSeq(value))
    throw fail(value ?? pairOf(action), `“${action}:” takes a list of two or more sentences, each as “- <article>: <its first words>”`);
  const sentences = value.items.map((item) => {
    const scalar = item as Node;
    if (!isScalar(scalar) || typeof scalar.value !== 'string' || scalar.value.trim() === '')
      throw fail(scalar, 'a sentence is written in quotes, as “- "<article>: <its first words>"”');
    return { value: scalar.value.trim(), ...at(scalar) };
  });
  if (sentences.length < 2) throw fail(value, `“${action}:” needs two or more sentences`);
  return { ...base, sentences };
}

/** The first line whose value holds “: ” without quotes, e.g. `- unlink: real-progress: Kerry said`. */
function unquotedReference(text: string): { line: number; column: number; detail: string } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = /^([ \t]*(?:-[ \t]+)?)([\w-]+)([ \t]*:[ \t]+)([^"'\s[{#|>&*!%@`].*?)[ \t]*$/.exec(line);
    if (!match || !/:[ \t]/.test(match[4])) continue;
    const [, indent, key, separator, value] = match;
    const column = indent.length + key.length + separator.length + 1;
    return {
      line: index + 1,
      column,
      detail: `“${value}” holds “: ”, which YAML reads as another field; write the sentence in quotes: ${key}: "${value.replace(/"/g, '\\"')}"`,
    };
  }
  return undefined;
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
