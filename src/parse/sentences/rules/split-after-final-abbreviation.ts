// "…Martin Luther King Jr. The march…", "…the wall is 10 ft. The roof…", "…Acme Inc. The firm…":
// parse-english never ends a sentence after an abbreviation it knows. For the abbreviations that
// often stand last (Jr., Inc., Ltd., etc., ft.…), end it when the next word usually opens a sentence, or
// a quotation opens on a capital ("…director of Woman Inc. “The system has to be ready …”").

import { splitBeforeSentenceStarter } from '../rule.js';
import { ENDING_ABBREVIATIONS } from '../../../lexicon.js';

export const splitAfterFinalAbbreviation = splitBeforeSentenceStarter(
  'split-after-final-abbreviation',
  (word) => ENDING_ABBREVIATIONS.has(word.toLowerCase()),
  true,
);
