// Reading what the editor named: files (gzipped too), folders of them, and http(s) addresses.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodePage } from './decode.js';

export interface InputText {
  /** What the editor named, for messages: a path or an address. */
  name: string;
  /** What the front matter's `source` says: the file's name or the address. */
  source: string;
  kind: 'html' | 'text';
  text: string;
  /** The address a page was fetched from (after redirects). */
  address?: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 };

/** An input that cannot be imported: the message names it and says what is wrong. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

const PAGE_EXTENSIONS = /\.(html?|xhtml)(\.gz)?$/i;
const TEXT_EXTENSIONS = /\.(txt|text)(\.gz)?$/i;
const BINARY_SAMPLE = 8192;

export function isAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The inputs with every folder replaced by the pages and texts in it (sorted, subfolders too). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (isAddress(input)) {
      expanded.push(input);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) expanded.push(...(await importableFiles(input)));
    else expanded.push(input);
  }
  return expanded;
}

async function importableFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) => entry.isFile() && !entry.name.startsWith('.') && (PAGE_EXTENSIONS.test(entry.name) || TEXT_EXTENSIONS.test(entry.name)),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export async function readInput(input: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<InputText> {
  return isAddress(input) ? fetchPage(input, limits) : readLocal(input, limits);
}

async function readLocal(file: string, limits: FetchLimits): Promise<InputText> {
  let bytes: Uint8Array = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(file, error.code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${error.code ?? error.message})`);
  });
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzip(file, bytes, limits.maxBytes);
  const text = toText(file, bytes);
  const kind = PAGE_EXTENSIONS.test(file) || (!TEXT_EXTENSIONS.test(file) && looksLikeHtml(text)) ? 'html' : 'text';
  return { name: file, source: path.basename(file), kind, text };
}

function gunzip(file: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new InputError(
      file,
      tooBig ? `unpacks to more than ${megabytes(maxBytes)}` : 'is gzipped but cannot be unpacked (damaged or cut short)',
    );
  }
}

async function fetchPage(address: string, limits: FetchLimits): Promise<InputText> {
  let response: Response;
  try {
    response = await fetch(address, {
      signal: AbortSignal.timeout(limits.timeoutMs),
      redirect: 'follow',
      headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new InputError(
      address,
      timedOut
        ? `no answer within ${limits.timeoutMs / 1000} s`
        : `could not be fetched (${(error as Error).cause ?? (error as Error).message})`,
    );
  }
  if (!response.ok) throw new InputError(address, `the server answered ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/^(text\/(html|plain)|application\/xhtml\+xml)/i.test(type)) {
    throw new InputError(address, `is not a web page or text (${type.split(';')[0]})`);
  }
  const bytes = await readLimited(address, response, limits);
  const charset = /charset=([\w-]+)/i.exec(type)?.[1];
  const text = toText(address, bytes, charset);
  const kind = /text\/plain/i.test(type) ? 'text' : 'html';
  return { name: address, source: address, kind, text, address: response.url || address };
}

async function readLimited(address: string, response: Response, limits: FetchLimits): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) throw new InputError(address, `is larger than ${megabytes(limits.maxBytes)}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel();
        throw new InputError(address, `is larger than ${megabytes(limits.maxBytes)}`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new InputError(
      address,
      timedOut ? `did not arrive within ${limits.timeoutMs / 1000} s` : `was cut off (${(error as Error).message})`,
    );
  }
  return Buffer.concat(chunks);
}

/** Bytes to text, refusing what is not text: a NUL byte or many control characters mean a binary file. */
function toText(name: string, bytes: Uint8Array, charset?: string): string {
  if (bytes.length === 0) throw new InputError(name, 'is empty');
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  const controls = sample.filter((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20)).length;
  if (!utf16 && (sample.includes(0) || controls > sample.length * 0.01))
    throw new InputError(name, 'is a binary file, not a web page or text');
  const text = decodePage(bytes, charset);
  if (text.trim() === '') throw new InputError(name, 'has no text (only white space)');
  return text;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text) || /<(p|div|article)[\s>]/i.test(text.slice(0, 2000));
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
