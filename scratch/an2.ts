import { labelledPairs } from '../scripts/eval/labelled-pairs.js';
import { likelihood, LINK } from '../src/align/claims/decide.js';
const pairs = await labelledPairs();
for (const st of ['capaldi-doctor-who', 'las-vegas-strip-shooting']) {
  const ps = pairs.filter((p) => p.story === st && p.label === 'same');
  const linked = ps.filter((p) => p.score.kind);
  const noWord = ps.filter((p) => !p.score.kind && p.score.sharedWords === 0);
  const low = ps.filter((p) => !p.score.kind && p.score.sharedWords > 0);
  console.log(st, 'same', ps.length, 'linked', linked.length, 'no shared non-name word', noWord.length, 'below LINK', low.length);
  const hist = [0, 0.05, 0.1, 0.2, 0.3].map((t) => low.filter((p) => likelihood(p.score) >= t).length);
  console.log('  below-LINK likelihood ≥0,0.05,0.1,0.2,0.3:', hist.join(' '));
  const others = pairs.filter((p) => p.story === st && p.label === 'other' && !p.score.kind && p.score.sharedWords > 0);
  console.log('  other, not linked, sharing a word: ≥0.05,0.1,0.2,0.3:', [0.05, 0.1, 0.2, 0.3].map((t) => others.filter((p) => likelihood(p.score) >= t).length).join(' '));
  const sample = noWord.slice(0, 6);
  for (const p of sample) console.log('   noword', p.a.article, p.a.sentence, p.b.article, p.b.sentence, 'terms', p.score.sharedTerms, 'mass', p.score.sharedMass.toFixed(2));
}
