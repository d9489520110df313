// `npm run eval`: how well the aligner does against the hand annotations.
import { evaluateClaims } from './eval/claims.js';

async function main(): Promise<void> {
  for (const line of await evaluateClaims()) console.log(line);
  console.log('');
  // The quote metrics belong to the quotes engineer's module; it may not exist yet.
  const modulePath = './eval/quotes.js';
  let quotes: { evaluateQuotes?: () => Promise<string[]> } | undefined;
  try {
    quotes = (await import(modulePath)) as { evaluateQuotes?: () => Promise<string[]> };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
  }
  if (quotes?.evaluateQuotes) for (const line of await quotes.evaluateQuotes()) console.log(line);
  else console.log('quotes: scripts/eval/quotes.ts is not there yet — no quote metrics.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
