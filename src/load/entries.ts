// What of the articles folder may be read at all. A symbolic link inside it that leads out of it (to
// /etc/passwd, a key file, another project) is never followed: it is skipped with a warning naming it, as
// is a link that leads nowhere; a link to a place inside the folder is read as the place itself. A story
// folder or article whose name is not valid UTF-8 stops the build with a message naming the folder.
import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { BuildError } from '../errors.js';
import type { Warning } from '../types.js';

export interface CheckedEntries {
  /** Paths relative to the articles folder ("story" or "story/a.md") that must not be read. */
  skipped: Set<string>;
  warnings: Warning[];
}

/** Check the story folders and the entries of each (the two levels the loader reads). */
export function checkEntries(articlesDir: string): CheckedEntries {
  const root = realpathSync(articlesDir);
  const skipped = new Set<string>();
  const warnings: Warning[] = [];
  const shown = (relative: string) => path.posix.join(articlesDir.split(path.sep).join('/'), relative);
  const visit = (relative: string, entry: Dirent<Buffer>, folder: string): boolean => {
    const name = utf8Name(entry.name);
    if (name === undefined) {
      if (entry.isDirectory() || entry.isSymbolicLink() || endsWithMd(entry.name)) {
        throw new BuildError('name-not-utf8', { path: `${shown(folder)}/` }, escapedBytes(entry.name));
      }
      return false;
    }
    const at = relative ? `${relative}/${name}` : name;
    if (!entry.isSymbolicLink()) return entry.isDirectory();
    let target: string;
    try {
      target = realpathSync(path.join(articlesDir, at));
    } catch {
      skipped.add(at);
      warnings.push({ path: shown(at), line: 1, column: 1, message: 'this symbolic link leads nowhere and was skipped' });
      return false;
    }
    if (target !== root && !target.startsWith(root + path.sep)) {
      skipped.add(at);
      warnings.push({
        path: shown(at),
        line: 1,
        column: 1,
        message: 'this symbolic link leads out of the articles folder and was skipped (only what is inside the folder is read)',
      });
      return false;
    }
    return !relative; // a story folder linked inside the articles folder is read as it is
  };
  // In byte order, so the warnings come in the same order whatever the file system lists first.
  const list = (folder: string) =>
    readdirSync(folder, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name));
  for (const story of list(articlesDir)) {
    if (!visit('', story, '')) continue;
    const id = utf8Name(story.name)!;
    if (skipped.has(id)) continue;
    for (const entry of list(path.join(articlesDir, id))) visit(id, entry, id);
  }
  return { skipped, warnings };
}

function utf8Name(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function endsWithMd(bytes: Buffer): boolean {
  return bytes.subarray(-3).toString('latin1').toLowerCase() === '.md';
}

/** A name's bytes, those outside printable ASCII as \xNN. */
function escapedBytes(bytes: Buffer): string {
  return [...bytes]
    .map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`))
    .join('');
}
