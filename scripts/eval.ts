// `npm run eval`: how well the aligner does against the hand annotations.
//   npm run eval                 every figure: the shared corpora (when ../shared is there), then the Kerry story
//   npm run eval -- --show 20    also list each corpus's misses and wrong pairs (evaluate.py --show 20)
//   npm run eval -- --corpora    the annotated and held-out stories only
//   (held-out stories: extraction-benchmark pages of one event, annotated blind in test/fixtures/heldout-claims)
//   (held-out quotations: extraction-benchmark news pages against test/fixtures/heldout-quotes, heldout-quotes-2,
//   heldout-quotes-3, heldout-quotes-4, heldout-quotes-5, heldout-quotes-6, heldout-quotes-7, heldout-quotes-8,
//   heldout-quotes-9 and heldout-quotes-10: the second to fourth blind but for the classes of miss since written
//   from them, the fifth to tenth blind at their first run; --show lists misses)
import { evaluateClaims } from './eval/claims.js';
import { corporaReport } from './eval/corpora.js';
import { HELDOUT_SETS, heldoutReport } from './eval/heldout-quotes.js';
import { heldoutStoriesReport } from './eval/heldout-stories.js';
import { evaluateQuotes } from './eval/quotes.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? '') : undefined;
}

async function main(): Promise<void> {
  const show = Number(option('--show') ?? 0) || 0;
  for (const line of await corporaReport(show)) console.log(line);
  console.log('');
  for (const line of await heldoutStoriesReport(show)) console.log(line);
  if (option('--corpora') !== undefined) return;
  for (const set of HELDOUT_SETS) {
    console.log('');
    for (const line of heldoutReport(set, show > 0)) console.log(line);
  }
  console.log('');
  console.log('Kerry–Lavrov, against test/fixtures/gold (annotated in this repository)');
  for (const line of await evaluateClaims()) console.log(line);
  console.log('');
  for (const line of await evaluateQuotes()) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
