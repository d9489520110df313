// Word lists the attribution rules use. Kept small and general: nothing here is about one story.

/** Verbs that introduce or follow a direct quotation ("said", "told", "added" …), all forms. */
export const SAYING_VERBS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding ask asks asked asking ' +
    'explain explains explained note notes noted write writes wrote state states stated insist insists insisted ' +
    'warn warns warned declare declares declared reply replies replied continue continues continued ' +
    'recall recalls recalled admit admits admitted argue argues argued claim claims claimed concede concedes conceded ' +
    'acknowledge acknowledges acknowledged remark remarks remarked stress stresses stressed urge urges urged ' +
    'observe observes observed suggest suggests suggested announce announces announced comment comments commented ' +
    'conclude concludes concluded joke jokes joked tweet tweets tweeted post posts posted describe describes described ' +
    'call calls called praise praises praised accuse accuses accused accusing attack attacks attacked ' +
    'complain complains complained complaining criticize criticizes criticized criticise criticised deny denies denied ' +
    'reiterate reiterates reiterated predict predicts predicted promise promises promised vow vows vowed ' +
    'quote quotes quoted quoting issue issues issued insisting warning adding noting calling describing ' +
    'pledge pledged pledges dub dubbed term termed brand branded label labelled labeled hail hailed ' +
    'confirm confirms confirmed agree agreed hope hoped want wanted reveal reveals revealed'
  ).split(' '),
);

/** Verbs that follow a quotation in an attribution ("…,” Kerry said). Narrower than SAYING_VERBS. */
export const POST_VERBS = new Set(
  (
    'said says say added adds told tells asked asks explained noted wrote writes stated states insisted warned ' +
    'declared replied continued recalled admitted argued claimed conceded acknowledged remarked stressed urged ' +
    'observed suggested announced commented concluded joked tweeted posted reiterated promised vowed confirmed ' +
    'insists warns argues notes explains adds declares'
  ).split(' '),
);

/** Nouns that report words: “claims from Russia”, “the statement by the ministry”. */
export const SAYING_NOUNS = new Set(
  'claim claims statement statements remark remarks words comment comments words message warning accusation accusations call'.split(' '),
);

/** Titles and roles stripped from a person's name: "Mr Kerry", "Foreign Minister Sergei Lavrov". */
export const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady president vice secretary minister ' +
    'prime chancellor senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor ' +
    'judge justice general gen. gen col. col colonel capt. capt captain lt. lt lieutenant sgt. sgt sergeant ' +
    'officer detective det. sheriff chief deputy commissioner ambassador envoy king queen prince princess pope ' +
    'doctor father rev. reverend rabbi imam sheikh foreign defence defense interior state police spokesman spokeswoman ' +
    'spokesperson director producer actor actress writer attorney lawyer leader chairman chairwoman ceo coach ' +
    'manager agent u.s. us uk u.k. russian american british syrian french german chinese iranian israeli ukrainian ' +
    'former acting deputy executive senior assistant'
  ).split(' '),
);

/** Heads that make a capitalised run a body rather than a person: "Foreign Ministry", "State Department". */
export const BODY_HEADS = new Set(
  (
    'ministry department office council army police group agency organisation organization party union nations ' +
    'federation republic kingdom states government committee commission kremlin house court assembly parliament ' +
    'congress senate administration bureau service services force forces corporation company inc ltd times news ' +
    'post press reuters bbc cnn associated network channel team club university institute foundation centre center ' +
    'network coalition alliance bank fund board authority ministry'
  ).split(' '),
);

/** Capitalised words that start sentences but never names. */
export const NOT_NAMES = new Set(
  (
    'the a an and but or so yet while when where what which who whom whose why how if as at by for from in into of on ' +
    'to with without after before since until ahead regarding speaking despite although though because however ' +
    'meanwhile also it its he she they we i you this that these those there here his her their our my your ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'one two three some many most all both each every other such no not only even just then thus still'
  ).split(' '),
);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'one']);

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("Kerry has also said"). */
export const BETWEEN = new Set(
  (
    'has have had was is were are will would also later then again earlier previously repeatedly reportedly once ' +
    'further however already even still just recently simply firmly publicly privately separately only ' +
    'quickly angrily bluntly flatly curtly'
  ).split(' '),
);

/** Written texts that can be quoted as speaking ("the statement said"): their writer is the speaker. */
export const TEXT_NOUNS = new Set(
  'statement report document letter website account tweet post announcement release memo email message note filing post'.split(' '),
);

/**
 * Nouns naming people by what they do or are (singular; plurals are found by dropping the "s"): the head of
 * a description that may speak ("a senior official", "the showrunner", "police"). What is not a role, a body
 * or a text (statement, report) cannot say anything: "the decision", "the list".
 */
export const ROLE_NOUNS = new Set(
  (
    'official spokesman spokeswoman spokesperson source aide adviser advisor analyst expert witness resident neighbour ' +
    'neighbor friend relative mother father brother sister son daughter wife husband partner colleague assistant agent ' +
    'lawyer attorney prosecutor judge doctor nurse officer sergeant captain detective sheriff police investigator ' +
    'driver tourist visitor passenger victim survivor owner manager director producer writer editor controller ' +
    'executive chief head boss showrunner creator actor actress star singer host presenter president minister ' +
    'secretary diplomat ambassador envoy leader chairman chairwoman member representative governor mayor senator ' +
    'lawmaker employee worker student teacher professor researcher scientist economist fan player coach man woman ' +
    'person people commander soldier militant rebel activist campaigner protester organiser organizer founder ceo ' +
    'companion reporter journalist correspondent critic author broadcaster official guard firefighter paramedic ' +
    'spokespeople staff crew onlooker bystander jogger motorist gambler convention-goer negotiator mediator deputy ' +
    'commissioner inspector superintendent constable trooper marshal engineer pilot doctor surgeon coroner ' +
    'ministry government'
  )
    .split(' ')
    .concat([...TEXT_NOUNS]),
);

/** The singular a role lookup uses: "officials" → "official", "spokespeople" stays. */
export const roleHead = (word: string): string => {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (ROLE_NOUNS.has(lower) || TITLES.has(lower) || BODY_HEADS.has(lower)) return lower;
  if (/men$/.test(lower)) return `${lower.slice(0, -3)}man`;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/s$/.test(lower)) return lower.slice(0, -1);
  return lower;
};

/** A noun that can head a speaking description: a role, a title used as a noun, a body, or a text. */
export const isSpeakingHead = (word: string): boolean => {
  const head = roleHead(word);
  return ROLE_NOUNS.has(head) || TITLES.has(head) || BODY_HEADS.has(head) || SAYING_NOUNS.has(head);
};

/** An age as a description or apposition: "55", "the 55-year-old", "51-year-old". */
export const isAge = (word: string): boolean => /^\d{1,3}(?:-years?-old)?$/i.test(word) || /^\d{1,3}-year-olds?$/i.test(word);

/**
 * How news copy says a speaker will not be named: "who refused to give his name", "who asked not to be
 * identified", "speaking on condition of anonymity". The words that follow are that unnamed person's.
 */
export const UNNAMED_SPEAKER =
  /,?\s*(?:who\s+)?(?:(?:refused|declined|would\s+not|wouldn[’']t|did\s+not\s+want|didn[’']t\s+want|asked\s+not|preferred\s+not)\s+(?:to\s+)?(?:give|be\s+named|be\s+identified|provide|share|reveal)\b[^.,;]*|(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity|who\s+was\s+not\s+named)/giu;

/** Where written words are published: "…,” BBCOne promoted on Twitter — the account is the writer. */
export const PLATFORMS = new Set(
  'twitter facebook instagram tiktok youtube linkedin threads bluesky weibo telegram truth website blog instagram snapchat reddit'.split(' '),
);

/**
 * Numbers and ordinals in words: their vectors sit close together ("two" and "three" are 0.98 alike), yet a
 * different count is a different fact, so the claim matcher matches them exactly or not at all.
 */
export const EXACT_ONLY_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'first', 'second',
  'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'half', 'twice', 'once',
]);

/** Words that begin a clause of its own fact: contrast and concession ("X, but Y", "X while Y"). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though']);
/** The same words opening a sentence put the clause break at the first comma ("While X, Y"). */
export const FRONTED_CLAUSE_WORDS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);

/** Verbs that report words or thoughts quoted inside a quotation: “everyone said ‘yes’”, “the list went ‘…’”. */
export const REPORTING_VERBS = new Set('say says said saying asked replied thought think thinking went'.split(' '));

/** The words as alternatives of a regular expression, longest first ("said|says|…"). */
export const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');

/** Verbs of putting out a text: "The ministry issued a statement" — its writer. */
export const PUBLISHING_VERBS = new Set(['issued', 'released', 'published', 'posted', 'put out', 'sent']);
