// "…made in the U.S. The talks…", "…at 9 a.m. He left": parse-english never ends a sentence after an
// initialism. When the next word is one that usually opens a sentence ("The", "He", "But"…), do.
// "U.S. Secretary of State" and "The U.S. has" stay whole.

import { splitBeforeSentenceStarter } from '../rule.js';
import { isInitialism } from '../text.js';

export const splitAfterInitialismBeforeSentenceStarter = splitBeforeSentenceStarter(
  'split-after-initialism-before-sentence-starter',
  isInitialism,
);
