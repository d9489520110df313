// Prints the claim groups (not exclusives) the aligner makes on a story of the shared corpora, or on the
// Kerry story, for eyeballing: `npx tsx scripts/eval/claim-groups.ts las-vegas-strip-shooting`.
// The corpora are research data used by path only (see /work/shared/corpora/README.md).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignClaims } from '../../src/align/build.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import type { Story } from '../../src/types.js';
import { analyseForEval } from './claims.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPORA = path.resolve(root, '../shared/corpora');

async function storyNamed(name: string): Promise<Story> {
  const dir = path.join(CORPORA, name);
  if (existsSync(dir)) {
    const articles = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => {
        const [title, , ...rest] = readFileSync(path.join(dir, file), 'utf8').split('\n');
        const body = rest.join('\n\n');
        const id = `a${file.replace('.txt', '')}`;
        return { path: `${name}/${id}.md`, bytes: new TextEncoder().encode(`---\ntitle: ${JSON.stringify(title || id)}\n---\n${body}`) };
      });
    return parseStory({ id: name, articles });
  }
  const { stories } = await loadStories(path.join(root, 'articles'));
  const source = stories.find((s) => s.id === name);
  if (!source) throw new Error(`no story ${name}`);
  return parseStory(source);
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : ['las-vegas-strip-shooting', 'capaldi-doctor-who']) {
    const story = await storyNamed(name);
    const result = alignClaims(analyseForEval(story));
    const text = (article: string, sentence: string) =>
      story.articles.find((a) => a.id === article)?.sentences.find((s) => s.id === sentence)?.text ?? '?';
    const shared = result.claims.filter((c) => c.kind !== 'exclusive');
    console.log(
      `## ${name}: ${story.articles.length} articles, ${result.stats.sentences} sentences, ${shared.length} shared claims, ${result.stats.candidatePairs} candidate pairs`,
    );
    for (const claim of shared) {
      console.log(`${claim.id} ${claim.kind} ${claim.score}`);
      for (const m of claim.members) console.log(`   [${m.article}] ${text(m.article, m.sentence).replace(/\s+/g, ' ').slice(0, 160)}`);
      // EXPLAIN=1: why the first two members were linked.
      if (process.env.EXPLAIN && claim.kind === 'paraphrase') {
        const [a, b] = claim.members;
        const s = result.compare(a, b);
        console.log(
          `      cos ${s.cosine.toFixed(2)} ${s.kind ?? 'none'}${s.clause ? ' by clause' : ''}: ${result.explain(a, b).join(', ')}`,
        );
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
