// Synthetic stories for the benchmark: the seed articles varied sentence by sentence with a seeded PRNG,
// so every run of the benchmark builds exactly the same input.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** mulberry32: a small, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedArticle {
  title: string;
  published?: string;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

/** Read the seed articles (front matter title/published, body split into paragraphs and rough sentences). */
export async function readSeeds(storyDir: string): Promise<SeedArticle[]> {
  const names = (await readdir(storyDir)).filter((name) => name.endsWith('.md') && name !== 'index.md').sort();
  const seeds: SeedArticle[] = [];
  for (const name of names) {
    const text = (await readFile(path.join(storyDir, name), 'utf8')).replace(/\r\n/g, '\n');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) continue;
    const title = /^title:\s*'?(.*?)'?\s*$/m.exec(match[1])?.[1] ?? name;
    const published = /^published:\s*'?([^'\n]*)'?\s*$/m.exec(match[1])?.[1];
    const paragraphs = match[2]
      .split(/\n{2,}/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((p) => p.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z])/u));
    seeds.push({ title, published, paragraphs });
  }
  return seeds;
}

/** Light rewording: synonyms that keep a sentence recognisably the same claim. */
const SWAPS: Array<[RegExp, string[]]> = [
  [/\bsaid\b/g, ['said', 'told reporters', 'stated', 'added']],
  [/\bon Tuesday\b/g, ['on Tuesday', 'this week', 'on Tuesday evening']],
  [/\btalks\b/g, ['talks', 'discussions', 'negotiations']],
  [/\bUnited States\b/g, ['United States', 'U.S.', 'US']],
  [/\bmeeting\b/g, ['meeting', 'session', 'encounter']],
  [/\bSyria\b/g, ['Syria', 'Syria']],
  [/\bRussian\b/g, ['Russian', 'Russian']],
  [/\bthe\b/g, ['the', 'the', 'the', 'the', 'the']],
];

function reword(sentence: string, random: () => number): string {
  let text = sentence;
  for (const [pattern, choices] of SWAPS) {
    if (random() < 0.3) text = text.replace(pattern, () => choices[Math.floor(random() * choices.length)]);
  }
  return text;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** One synthetic article: a seed's paragraphs, some sentences dropped, some reworded, some borrowed from other seeds. */
export function synthesise(seeds: SeedArticle[], story: number, article: number, random: () => number): string {
  const base = seeds[(story + article) % seeds.length];
  const paragraphs: string[] = [];
  // Paragraph order mostly kept (news articles lead with the same news), occasionally shuffled.
  const order = random() < 0.3 ? shuffle(base.paragraphs, random) : base.paragraphs;
  for (const paragraph of order) {
    const sentences: string[] = [];
    for (const sentence of paragraph) {
      const roll = random();
      if (roll < 0.15) continue; // dropped
      if (roll < 0.25) {
        // mixed in from another article
        const other = seeds[Math.floor(random() * seeds.length)];
        const p = other.paragraphs[Math.floor(random() * other.paragraphs.length)];
        sentences.push(reword(p[Math.floor(random() * p.length)], random));
      }
      sentences.push(random() < 0.4 ? reword(sentence, random) : sentence);
    }
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  if (paragraphs.length === 0) paragraphs.push(base.paragraphs[0].join(' '));
  const title = `${base.title} (${story + 1}.${article + 1})`.replace(/'/g, "''");
  const front = [`title: '${title}'`, `label: Outlet ${article + 1}`, base.published ? `published: '${base.published}'` : undefined]
    .filter(Boolean)
    .join('\n');
  return `---\n${front}\n---\n${paragraphs.join('\n\n')}\n`;
}

export interface Scenario {
  stories: number;
  perStory: number;
}

/** Write `stories` story folders of `perStory` articles each into dir. Returns the number of articles. */
export async function generate(seedDir: string, dir: string, { stories, perStory }: Scenario, seed = 1): Promise<number> {
  const seeds = await readSeeds(seedDir);
  const random = prng(seed);
  const width = String(stories).length;
  for (let s = 0; s < stories; s++) {
    const folder = path.join(dir, `story-${String(s + 1).padStart(width, '0')}`);
    await mkdir(folder, { recursive: true });
    const aw = String(perStory).length;
    await Promise.all(
      Array.from({ length: perStory }, (_, a) => synthesise(seeds, s, a, random)).map((text, a) =>
        writeFile(path.join(folder, `outlet-${String(a + 1).padStart(aw, '0')}.md`), text),
      ),
    );
  }
  return stories * perStory;
}
