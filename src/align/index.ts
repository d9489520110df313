// The align stage: claims, word-for-word overlap, exclusives (./build.ts) and quote groups (./quotes/).
import type { AnalysedStory, Alignment } from '../types.js';
import { buildAlignment } from './build.js';
import { groupQuotes } from './quotes/index.js';

export { alignClaims, buildAlignment } from './build.js';

/** How the articles of one analysed story line up. Same input → identical output. */
export function alignStory(analysed: AnalysedStory): Alignment {
  return buildAlignment(analysed, groupQuotes(analysed));
}
