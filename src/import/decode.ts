// Bytes of a saved page or text → text: by the byte-order mark, else the charset the page declares,
// else UTF-8 (falling back to windows-1252 when the bytes are not valid UTF-8).

const SNIFF_BYTES = 4096;

export function decodePage(bytes: Uint8Array, declared?: string): string {
  const label = byteOrderMark(bytes) ?? charsetOf(declared) ?? charsetOf(sniff(bytes));
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset name: fall through to UTF-8.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function sniff(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? '';
}

function charsetOf(value: string | undefined): string | undefined {
  const name = value?.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? value;
  return name && /^[\w-]+$/.test(name) ? name.toLowerCase() : undefined;
}
