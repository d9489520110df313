// The word lists of every stage, in one home (imported like src/types.ts). Kept small and general: nothing
// here is about one story.

/** Verbs that introduce or follow a direct quotation ("said", "told", "added" …), all forms. */
export const SAYING_VERBS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding ask asks asked asking chant chants chanted chanting ' +
    'explain explains explained note notes noted assert asserts asserted write writes wrote state states stated insist insists insisted ' +
    'warn warns warned caution cautions cautioned declare declares declared declaring reply replies replied continue continues continued ' +
    'recall recalls recalled remember remembers remembered admit admits admitted argue argues argued claim claims claimed concede concedes conceded ' +
    'acknowledge acknowledges acknowledged remark remarks remarked stress stresses stressed urge urges urged ' +
    'appealed cite cites cited ' +
    'observe observes observed suggest suggests suggested announce announces announced comment comments commented ' +
    'conclude concludes concluded joke jokes joked tweet tweets tweeted post posts posted describe describes described ' +
    'call calls called praise praises praised accuse accuses accused accusing attack attacks attacked ' +
    'complain complains complained complaining criticize criticizes criticized criticise criticises criticised deny denies denied ' +
    'reiterate reiterates reiterated predict predicts predicted promise promises promised vow vows vowed ' +
    'quote quotes quoted quoting issue issues issued insisting warning adding noting calling describing stating ' +
    'beg begs begged begging implore implores implored imploring assure assures assured instruct instructs instructed ' +
    'pledge pledged pledges dub dubbed term termed brand branded label labelled labeled hail hailed ' +
    'confirm confirms confirmed agree agreed hope hoped want wanted reveal reveals revealed disclose discloses disclosed ' +
    'cheered cheers welcomed welcomes slammed slams blasted condemned condemns decried decries denounced denounces ' +
    'lauded lauds deemed allege alleges alleged alleging written lament laments lamented bemoan bemoans bemoaned ' +
    'echo echoes echoed respond responds responded answer answers answered maintain maintains maintained contend contends contended ' +
    'confide confides confided proclaim proclaims proclaimed recommend recommends recommended shout shouts shouted ' +
    'shouting yell yells yelled yelling scream screams screamed screaming texted messaged emailed emails thank thanked ruled ruling challenge challenges challenged ' +
    'testify testifies testified testifying summed boast boasts boasted boasting'
  ).split(' '),
);

/** Verbs of SAYING_VERBS that tell a wish: reported by another verb of saying, the words are that verb's subject's. */
export const WISH_VERBS: ReadonlySet<string> = new Set('want wants wanted hope hopes hoped'.split(' '));

/** Verbs that tell speech in talk when a quotation follows at once: "he goes, “…”" (and "she was like, “…”"). */
export const COLLOQUIAL_SAYING_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'going']);
/** Forms of "be" that take "like" before a quotation in talk: "was like", "are like" (and "she’s like"). */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'am']);
/** Every form of "be": before a noun phrase it makes it a predicate ("despite being the envoy in Brussels"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'am', 'been', 'being']);
/** Object pronouns and the subject pronoun that stands for the same person ("him" → "he"). */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);
/** Lower-case words inside a person's name: "Joost van Hoof", "Ludwig von Mises". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('van von de der den da di du do dos das la le al bin ibn'.split(' '));

/** Verbs of remembering or hearing whose object speaks: “…,” she recalls him saying. */
export const MEMORY_VERBS: ReadonlySet<string> = new Set(
  'recall recalls recalled remember remembers remembered hear hears heard'.split(' '),
);

/** Verbs of SAYING_VERBS that do not speak as a participle: "wanting a “fresh start”", "posting them as “notes”". */
const NOT_SPEAKING_PARTICIPLES: ReadonlySet<string> = new Set(['want', 'hope', 'post', 'issue', 'agree', 'remember']);

/** The -ing form of a listed verb of saying, listed or not: "arguing", "admitting", "conceding". */
export const isSayingParticiple = (word: string): boolean => {
  if (!word.endsWith('ing')) return false;
  if (SAYING_VERBS.has(word)) return true;
  const stem = word.slice(0, -3);
  const base = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''].find((form) => SAYING_VERBS.has(form));
  return base !== undefined && !NOT_SPEAKING_PARTICIPLES.has(base);
};

/**
 * Verbs of judging or presenting that put quoted words in their subject's mouth with "as": "the ministry
 * rejected the claims as “…”", "Lowe introduced Reed as “…”", "privacy, which the firm views as “…”".
 */
export const AS_VERBS: ReadonlySet<string> = new Set(
  (
    'reject rejects rejected rejecting dismiss dismisses dismissed dismissing view views viewed regard regards regarded ' +
    'see sees saw introduce introduces introduced introducing characterize characterizes characterized characterise ' +
    'characterises characterised portray portrays portrayed present presents presented denounce denounces denounced ' +
    'describe describes described describing brand brands branded label labels labelled labeled hail hails hailed ' +
    'refer refers referred referring'
  ).split(' '),
);

/** The plainest verbs of speaking: one whose subject is "he" says the words itself ("he said it was “dead”"). */
export const PLAIN_SPEAKING_VERBS: ReadonlySet<string> = new Set('said says told tells added adds wrote writes asked asks'.split(' '));

/** Verbs that follow a quotation in an attribution ("…,” Kerry said). Narrower than SAYING_VERBS. */
export const POST_VERBS = new Set(
  (
    'said says say added adds told tells asked asks explained noted wrote writes stated states insisted warned ' +
    'declared replied continued recalled admitted argued claimed conceded acknowledged remarked stressed urged ' +
    'observed suggested announced commented concluded joked tweeted posted reiterated promised vowed confirmed ' +
    'insists warns argues notes explains adds declares read reads comments continues described describes testified ' +
    'responded answered countered cautioned quipped lamented boasted emphasised emphasized recounted ' +
    'shouted yelled screamed ordered whispered begged pleaded implored reported reports ' +
    // The present of the same verbs, as feature writing and profiles put it ("…,” she recalls), and a few more.
    'replies recalls admits concedes acknowledges remarks stresses urges observes suggests announces concludes ' +
    'jokes tweets reiterates promises vows confirms testifies responds answers counters cautions quips laments ' +
    'boasts emphasises emphasizes recounts shouts yells screams whispers claims maintains maintained contends contended ' +
    'confides confided predicts predicted'
  ).split(' '),
);

/**
 * Verbs that speak only as an attribution right after a quotation (“…,” the email began; “…,” the President-elect
 * fumed in a tweet): how a text opens, and saying with a manner. Elsewhere they do not ("the fight over “net
 * neutrality” began in 2015", "debate about “fake news” raged"), so no quotation's kind turns on them.
 */
export const MANNER_POST_VERBS: ReadonlySet<string> = new Set(
  (
    'began begins fumed fumes snapped snaps scoffed scoffs gushed gushes mused muses marveled marvelled marvels ' +
    'sighed sighs exclaimed exclaims retorted retorts raged rages chided chides griped gripes grumbled grumbles ' +
    'laughed laughs wondered wonders deadpanned deadpans'
  ).split(' '),
);

/** Participles of saying that follow a quotation only after "has", "have" or "had" (“…,” Lowe has written). */
export const PERFECT_POST_VERBS: ReadonlySet<string> = new Set(['written']);

/** Verbs of saying made of a verb and a particle, after a quotation ("…,” Lowe weighed in). */
export const PHRASAL_POST_VERBS: ReadonlySet<string> = new Set([
  'weighed in',
  'weighs in',
  'chimed in',
  'chimes in',
  'cut in',
  'went on',
  'goes on',
  'shot back',
  'fired back',
  'hit back',
  'hit out',
  'hits out',
  'lashed out',
  'lashes out',
  'spoke up',
  'pointed out',
  'points out',
  // ("The resignation letter speaks of “good faith”".)
  'speaks of',
  'spoke of',
  // ("He … talked about “fixing payroll for the world”".)
  'talks about',
  'talked about',
  'speaks about',
  'spoke about',
  // "As Gaiman put it, “…”".
  'put it',
  'puts it',
]);

/** Nouns of institutions that open their names before a place: "University College Dublin", "Queen's University Belfast". */
export const NAME_OPENING_INSTITUTIONS: ReadonlySet<string> = new Set(['university', 'college', 'hospital']);

/** Participles that tell who got hold of a text: "a memo seen by Reuters". */
export const OBTAINED_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'leaked']);

/** Nouns that report words: “claims from Russia”, “the statement by the ministry”. */
export const SAYING_NOUNS = new Set(
  (
    'claim claims statement statements remark remarks words comment comments words message warning accusation accusations ' +
    'call letter letters reply replies retort ' +
    // Court papers speak as themselves: "The indictment says Voss “knowingly” misled investors".
    'indictment lawsuit complaint affidavit ruling petition'
  ).split(' '),
);

/**
 * Nouns of words given as an order or an appeal, whose giver is named after "from" or "by" or owns them:
 * “directives from the president to “…””, “a plea from her mother”, “Xi's orders to “…””. Too often plain nouns
 * ("order books", "demand for oil") to mark a quotation as speech on their own.
 */
export const ORDER_NOUNS = new Set(
  'directive directives instruction instructions order orders demand demands appeal appeals plea pleas pledge pledges'.split(' '),
);

/** Titles and roles stripped from a person's name: "Mr Kerry", "Foreign Minister Sergei Lavrov". */
/** Countries written short before a title ("UK Prime Minister"); after a name they close a body's ("Cycling UK"). */
export const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(['u.s.', 'us', 'uk', 'u.k.']);

export const TITLES = new Set([
  ...COUNTRY_ABBREVIATIONS,
  ...(
    'mr mr. mrs mrs. ms ms. miss madam mdm mdm. mma rra dr dr. prof prof. professor sir dame lord lady president vice secretary minister skipper boss ' +
    'councilman councilwoman councilmember councillor councilor assemblyman assemblywoman alderman alderwoman ' +
    'inspector superintendent constable director-general secretary-general cllr taoiseach tánaiste magistrate ' +
    'cpl. cpl corporal const. const cst. cst hon. hon alhaji datuk dato datin mp mep mla msp pm ' +
    'prime premier chancellor senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor ' +
    'judge justice general gen. gen col. col colonel capt. capt captain lt. lt lieutenant sgt. sgt sergeant ' +
    'officer detective det. sheriff chief deputy commissioner ambassador envoy king queen prince princess pope ' +
    'doctor father rev. rev revd reverend ven. ven venerable pastor monsignor msgr msgr. rabbi imam sheikh foreign defence defense interior state police spokesman spokeswoman ' +
    'spokesperson director producer actor actress writer attorney lawyer leader chairman chairwoman chairperson ceo coach ' +
    'manager agent russian american british syrian french german chinese iranian israeli ukrainian ' +
    'former acting deputy executive senior assistant speaker republican democrat democratic labour conservative tory ' +
    'duke duchess earl countess archbishop bishop baron baroness marquess viscount chair comptroller ' +
    // Police ranks written short before a name ("ACP Juma Mwakalinga", "SSP Rana Tariq").
    'acp dcp ssp asp dsp igp aig supt supt. insp insp. det maj maj. cmdr cmdr. cdr adm adm. brig brig. pvt pvt. ' +
    // ("Asst Comm Blessing Ndlovu": an assistant commissioner written short.)
    'asst asst. comm comm. ' +
    'commander admiral brigadier ' +
    // A relative's title a family or a tabloid gives ("Aunt Jessie added").
    'aunt auntie uncle grandma grandpa granny nana mum mom dad ' +
    // Professions written short before a name, as the Philippines' press does ("Engr. Rodolfo Ancheta", "Atty. Ana Cruz").
    'engr engr. atty atty. ' +
    // Trades written as a title before a name ("Sydney DJ Jackson Whitfield").
    'dj'
  ).split(' '),
]);

/** Title words that change who a person is: a deputy foreign minister is not the foreign minister. */
export const TITLE_RANKS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'former',
  'acting',
  'assistant',
  'senior',
  'executive',
  'interim',
]);

/** Titles that say a person's sex: "Mr Obama" is not Michelle Obama, "Mrs Patterson" not her husband. */
export const SEXED_TITLES: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'],
  ['sir', 'he'],
  ['lord', 'he'],
  ['mrs', 'she'],
  ['ms', 'she'],
  ['miss', 'she'],
  ['madam', 'she'],
  ['mdm', 'she'],
  ['dame', 'she'],
  ['lady', 'she'],
  // Setswana courtesy titles, used in Botswana's English ("Mma Dintwe", "Rra Mothibi").
  ['mma', 'she'],
  ['rra', 'he'],
]);

/** Courtesy titles: "Mr Kerry" and "Secretary Kerry" name the same person without disagreeing. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(
  'mr mr. mrs mrs. ms ms. miss madam mdm mdm. dr dr. sir dame lord lady doctor father rev. reverend mma rra'.split(' '),
);

/** Title words naming the field of an office ("Foreign Minister", "Secretary of State"), not the office. */
export const TITLE_DOMAINS: ReadonlySet<string> = new Set(['foreign', 'defence', 'defense', 'interior', 'state', 'police', 'prime']);

/** Titles that describe rather than name an office: "leader Putin" does not contradict "President Putin". */
export const DESCRIPTIVE_TITLES: ReadonlySet<string> = new Set(['leader', 'officer', 'official', 'agent']);

/** Prepositions before the place where something happened ("in Moscow"); "near" names a landmark, not a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in']);

/** Nouns of acting for someone else after a possessive: "leapt to his defense", "came to her aid", "on his behalf". */
export const ACTED_FOR_NOUNS: ReadonlySet<string> = new Set('defence defense aid rescue behalf honour honor memory side sake'.split(' '));

/** Prepositions that put someone somewhere, so that the name after them is where they were, not who speaks. */
export const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across']);

/**
 * Last words of companies' names, named by what they make, do or hold ("Meridian Basin Resources", "Vardhan
 * Metals", "Western Gas Networks"): none of them anyone's surname.
 */
export const COMPANY_NAME_HEADS: ReadonlySet<string> = new Set(
  (
    'systems industries holdings technologies enterprises solutions laboratories pharmaceuticals airways motors ' +
    'entertainment media records studios productions pictures automotive events publishing television radio broadcasting ' +
    'networks airlines utilities resources minerals metals mining petroleum chemicals biologics therapeutics logistics ' +
    'foods beverages mobility infra infrastructure construction engineering investments properties insurance telecoms ' +
    'electronics textiles cement pharma energy'
  ).split(' '),
);

/** Heads that make a capitalised run a body rather than a person: "Foreign Ministry", "State Department". */
export const BODY_HEADS = new Set(
  (
    'ministry department office council army police group agency organisation organization party union nations ' +
    'federation republic kingdom states government committee commission kremlin house court assembly parliament ' +
    'congress senate administration bureau service services force forces corporation company inc ltd times news ' +
    'post press reuters bbc cnn associated network channel team club university institute foundation centre center ' +
    'network coalition alliance bank fund board authority ministry military navy tank firm charity nonprofit watchdog ' +
    'regulator newspaper magazine airline startup retailer insurer lender hospital clinic museum restaurant bakery ' +
    'system district utility trust association society inquiry panel tribunal consulate embassy league prosecution ' +
    // Places that are institutions too ("Sydney Airport", "St Aldhelm's Church"): no one's surname.
    'airport station stadium cathedral church school college prison zoo hotel ' +
    // The letters of a company's legal form.
    'bhd berhad plc llc pty gmbh corp'
  )
    .split(' ')
    .concat([...COMPANY_NAME_HEADS]),
);

/**
 * The first word of a body's name in Spanish, Portuguese, French or Italian, kept so in English news, where the head
 * comes first ("Sindicato Independiente de Trabajadores de Corvell", "Banco do Brasil").
 */
export const HEAD_FIRST_BODY_WORDS: ReadonlySet<string> = new Set(
  (
    'sindicato sindicatos ministerio ministério secretaría secretaria comisión comissão consejo conselho banco grupo ' +
    'universidad universidade instituto asociación associação federación federação partido gobierno governo empresa ' +
    'compañía companhia confederación confederação edizioni ediciones editora syndicat ministère banque groupe université institut fédération ' +
    'parti gouvernement compagnie ministero banca gruppo università istituto federazione partito governo ' +
    // Clubs whose name opens on its letters ("FC Limfjord", "AC Milan", "AFC Wimbledon").
    'fc afc ac sc cf cd sv vfb fk'
  ).split(' '),
);

/**
 * Nouns a story uses, after "the", for the one organisation it has named: "Ryanair cancelled 400 flights. “…,” the
 * airline said."
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  (
    'company firm airline carrier bank lender insurer retailer startup party club team charity union broadcaster ' +
    'publisher automaker carmaker manufacturer chain group forecaster watchdog regulator supplier operator developer ' +
    'provider giant agency authority organisation organization body institute foundation wing ' +
    'station network channel utility miner brand label studio conglomerate league federation association newspaper ' +
    'department ministry council'
  ).split(' '),
);

/** Words joined to a name by a hyphen that make it describe something else ("the Smith-led inquiry", "a Bush-era law"). */
export const JOINED_TO_NAMES: ReadonlySet<string> = new Set(
  'led based born owned run era style like type made backed linked esque'.split(' '),
);

/** How someone feels, written by tabloids before their name as a title would be ("Delighted Janet told the Clarion"). */
export const FEELING_BEFORE_NAMES: ReadonlySet<string> = new Set(
  (
    'delighted thrilled overjoyed relieved proud brave heartbroken devastated distraught tearful grieving furious ' +
    'angry shocked stunned terrified emotional elated jubilant defiant frustrated horrified gutted'
  ).split(' '),
);

/** Letters of honour or office after a name ("Simon Greaves KC", "Keir Langley MP", "Tom Pryce-Jones MS"): no part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set('kc qc sc mp mep msp ms mla td obe mbe cbe dbe kbe phd'.split(' '));

/** What follows a company's name after a comma ("Acme, Inc."): part of that name, never a speaker. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  'inc inc. ltd ltd. llc llp plc corp corp. co co. gmbh ag sa nv bv ab oy spa s.a. n.v. pty'.split(' '),
);

/**
 * Organisations' nouns their names end in ("the Premier League", "the Finance Committee"): "the league" stands for a
 * body so named, never for another kind the text named (a club, a company).
 */
export const NAME_ENDING_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  'league federation association union council committee commission'.split(' '),
);

/** Nouns that stand for a company named by its legal form ("Acme Corp … the company said"). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'group']);

/** Capitalised words that start sentences but never names. */
export const NOT_NAMES = new Set(
  (
    'the a an and but or so yet while when where what which who whom whose why how if as at by for from in into of on ' +
    'to with without after before since until ahead regarding speaking despite although though because however ' +
    'over under during amid amidst among amongst across through throughout against within around beyond upon along ' +
    'behind between toward towards near unlike via per outside inside beside ' +
    'meanwhile also it its he she they we i you this that these those there here his her their our my your ' +
    'today yesterday tomorrow tonight last next earlier later monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'one two three some many most all both each every other another such no not only even just then thus still'
  ).split(' '),
);

/** First words of place names and ordinals, never of a person's name ("Western Syria", "St Petersburg", "Twelfth Doctor", "Co Offaly"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'north south east west northern southern eastern western central upper lower greater great new united free islamic saint st. st ' +
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth co co.'
  ).split(' '),
);

/** Last words that make a capitalised run a place or a building, never a person: "Griffith Observatory", "Emanuel Church" (bodies such as hospitals are BODY_HEADS). */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set(
  (
    'observatory church cathedral chapel temple mosque synagogue gallery school college academy library ' +
    'park airport station hotel theater theatre stadium arena hall building tower bridge street avenue ' +
    'road boulevard square plaza mall market prison jail zoo garden gardens lake river mountain island ' +
    'county city valley beach'
  ).split(' '),
);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Reflexives that stand after a subject for emphasis: "Clifford himself played down his part". */
export const EMPHATIC_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Nouns that name a group of people with a plural verb but no plural ending: "police said", "staff said". */
export const PLURAL_GROUP_NOUNS: ReadonlySet<string> = new Set(['police', 'staff']);

/**
 * Nouns for people in general: speakers only when counted or described ("two people said", "people familiar with
 * the matter said"), never alone ("People" is a magazine too).
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'persons']);

/** Forms of "be", and the modals and adverbs that sit between a subject and its participle: "can be heard saying". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set('can could be been is was were are being also clearly'.split(' '));

/** What opens a plural subject's noun phrase at a sentence's start: "The study's authors", "Their lawyers". */
export const PLURAL_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['The', 'Its', 'Their']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'one']);

/** Possessive determiners: "his lawyer said", "her spokesman told", "their agent wrote" name a speaker as "the" would. */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/** The subject pronoun a possessive determiner stands for ("in his view": he). */
export const POSSESSIVE_PRONOUN_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);
/** Nouns of a view or of words that "in X's …" credits to X: "in Lipman’s view", "in her own words". */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'estimation', 'words', 'telling', 'judgment', 'judgement']);

/** What words said are called in a sentence naming their source after them: "That was the message from Ruiz". */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  'message word words warning verdict view advice response answer reaction assessment promise plea vow philosophy mantra motto'.split(' '),
);

/** Message nouns whose "of" names the source, not the topic: "the words of Fatima Rahal", "the verdict of Dave Pruitt". */
export const SOURCE_OF_NOUNS: ReadonlySet<string> = new Set(['words', 'verdict']);
/** Words that open a sentence pointing back at what was just said: "That was the message from …". */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'those', 'these', 'such']);
/** Verbs that link a subject to what it is: "That was …", "That has been …". */
export const LINKING_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'had', 'have']);

/** Participles of being perceived before "saying": "Voss can be heard saying", "she was recorded saying". */
export const PERCEIVED_PARTICIPLES: ReadonlySet<string> = new Set(['heard', 'overheard', 'recorded', 'filmed', 'seen', 'caught']);

/** Prepositions that open an aside between a speaker and the verb: "Lowe, for her part, said", "…, in an interview, said". */
export const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'at', 'by', 'with', 'like', 'unlike']);

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("Kerry has also said"). */
export const BETWEEN = new Set(
  (
    'has have had was is were are will would did does do can could might must should also later then again earlier previously repeatedly reportedly once twice ' +
    'further however already even still just recently simply firmly publicly privately separately only since now ' +
    'quickly angrily bluntly flatly flat-out curtly instead meanwhile though too nonetheless nevertheless likewise ' +
    'yesterday today tonight'
  ).split(' '),
);

/** Words in -ly that are no adverb ("The family said", "a key ally said"): never passed over as one. */
const NOT_ADVERBS = new Set(
  'family ally rally assembly supply reply belly bully jelly monopoly anomaly homily folly lily fly apply comply imply multiply'.split(' '),
);

/**
 * A word that may stand between a speaker and the verb: one of BETWEEN, or an adverb in -ly ("Brooke tearfully
 * asked", "she quietly added").
 */
export const isBetweenWord = (token: string): boolean => {
  const word = token.toLowerCase();
  return BETWEEN.has(word) || (/^\p{Ll}{2,}ly$/u.test(token) && !NOT_ADVERBS.has(word));
};

/** Those who work with a named lead and speak with them: "Lowe and her team wrote" is Lowe's writing. */
export const TEAM_NOUNS: ReadonlySet<string> = new Set('team colleagues co-authors coauthors collaborators'.split(' '));

/** Words that end a speaker's apposition: a relative or a clause of its own begins ("…, who …", "…, and …"). */
export const APPOSITION_BREAKS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose', 'where', 'and', 'or', ';', ':']);

/** Verbs of saying that are never nouns: after a determiner they are still verbs ("Another said:"). */
export const NEVER_NOUNS: ReadonlySet<string> = new Set('said says told tells wrote writes added asked explained insisted'.split(' '));

/** Works whose author's words they carry, the author named after "by" or "from" ("a 2018 survey by Ann Lowe"). */
export const STUDY_NOUNS: ReadonlySet<string> = new Set('survey study poll analysis review paper book'.split(' '));

/** Written texts that can be quoted as speaking ("the statement said"): their writer is the speaker. */
export const TEXT_NOUNS = new Set(
  'statement report document letter website account tweet post announcement release memo email message note filing communiqué communique suit lawsuit indictment affidavit notice summary complaint petition editorial advisory bulletin ruling'.split(
    ' ',
  ),
);

/**
 * Given names that people of either sex go by in English-language news ("Kerry Washington", "Taylor Swift" and
 * "Taylor Fritz"): a name list's single answer for them is no evidence for "he" or "she".
 */
export const UNISEX_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'alex ali ashley aubrey avery bailey blair cameron carey casey charlie chris dana dee di drew frankie harley hayden ' +
    'jackie jamie jean jess jesse jessie jo joan jody jordan kai kelly kendall kerry kim kris lee leslie logan lynn morgan pat ' +
    'peyton quinn reese riley robin rowan sam sandy sasha shannon sidney skyler stacy sydney taylor terry toni tracy val wei'
  ).split(' '),
);

/** Heads of an anonymous source ("a source close to the club", "the insider"): news never calls one "he" or "she". */
export const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'insider']);

/** Words besides roles and texts that describe a source ("according to two people familiar with the matter"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set('familiar matter knowledge situation'.split(' '));

/** Words for a member of one's family (a writer's "my father", "my nana"). */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(
  (
    'mother father daughter son wife husband sister brother grandmother grandfather aunt uncle mum mom dad grandma ' +
    'grandpa grandad granddad gran granny nana stepmother stepfather stepson stepdaughter mam mammy mommy mummy daddy'
  ).split(' '),
);

/**
 * Nouns naming people by what they do or are (singular; plurals are found by dropping the "s"): the head of
 * a description that may speak ("a senior official", "the showrunner", "police"). What is not a role, a body
 * or a text (statement, report) cannot say anything: "the decision", "the list".
 */
export const ROLE_NOUNS = new Set(
  (
    'regular punter patron ' +
    // Trades and callings not known by an ending (-er, -or, -ist, -ian, -man).
    'restaurateur publican landlord landlady vendor barista entrepreneur tycoon architect mechanic medic midwife ' +
    'dentist clerk waitress tailor cleric imam priest bishop vicar rabbi nun monk chaplain pupil intern apprentice ' +
    'tenant widow inmate migrant refugee veteran cadet ' +
    // Family words of everyday speech and the tabloids ("Ciarán's mam Siobhán said").
    'mum mom mam mammy mommy mummy dad daddy stepmother stepfather stepson stepdaughter ' +
    'official figure candidate nominee spokesman spokeswoman spokesperson rep source aide adviser advisor analyst expert witness resident neighbour ' +
    'neighbor friend relative mother father brother sister son daughter wife husband partner couple colleague assistant agent ' +
    'aunt uncle niece nephew cousin grandmother grandfather grandson granddaughter fiancee fiance girlfriend boyfriend ' +
    'lawyer attorney prosecutor judge doctor nurse officer sergeant captain detective sheriff police investigator ' +
    'driver tourist visitor passenger victim survivor owner manager director producer writer editor controller ' +
    'executive chief head boss showrunner creator actor actress star singer host presenter president minister ' +
    'secretary diplomat ambassador envoy leader chairman chairwoman member representative governor mayor senator ' +
    'lawmaker employee worker student teacher professor researcher scientist economist fan player coach man woman ' +
    'person people commander soldier militant rebel activist campaigner protester organiser organizer founder cofounder co-founder ceo ' +
    'companion reporter journalist correspondent critic author broadcaster official guard firefighter paramedic ' +
    'spokespeople staff crew onlooker bystander jogger motorist gambler convention-goer negotiator mediator deputy ' +
    'commissioner inspector superintendent constable trooper marshal engineer pilot doctor surgeon coroner ' +
    'patient administrator commenter commentator user viewer reader voter customer shopper parent participant attendee ' +
    'ministry government premier chancellor superior supervisor associate confidant confidante ally insider ' +
    'defendant plaintiff juror suspect accused congressman congresswoman family gymnast athlete jockey pundit chef ' +
    'pal whip backbencher consultant trustee garda crowd supporter retiree pensioner trainee detainee evacuee devotee absentee amputee escapee returnee'
  )
    .split(' ')
    .concat([...TEXT_NOUNS]),
);

/** Who puts questions to someone for the news: "“Are you going to resign?” one journalist asked him". */
export const INTERVIEWER_NOUNS: ReadonlySet<string> = new Set(
  'reporter reporters journalist journalists correspondent interviewer presenter host anchor'.split(' '),
);

/**
 * Trades of performers and artists by which features name the person they are about once named ("the actress
 * says", "the singer and guitarist told the audience"): only these — "the director" or "the officer" may be anyone
 * the story has, and is rarely the writer's variation on a name.
 */
export const EPITHETS: ReadonlySet<string> = new Set(
  (
    'actress songstress comedienne frontwoman frontman singer guitarist drummer bassist rapper songwriter musician ' +
    'actor comedian star novelist filmmaker pianist vocalist midfielder striker goalkeeper quarterback pitcher ' +
    'winger sprinter golfer boxer rookie right-hander left-hander southpaw slugger shortstop outfielder infielder ' +
    'linebacker defender playmaker guard forward bowler batter spinner seamer teenager youngster tactician rider ' +
    'jockey player footballer cricketer cyclist swimmer runner athlete skier climber backpacker hiker student'
  ).split(' '),
);

/**
 * A person's party or nation used, after "the", for one the story has just named: "the Ohio Democrat said",
 * "the Kenyan said" (lower case here; written with a capital).
 */
export const PROPER_EPITHETS: ReadonlySet<string> = new Set(
  (
    'democrat republican spaniard briton frenchman frenchwoman dutchman swede dane norwegian finn kenyan ethiopian ' +
    'australian american canadian german italian serb croat argentine argentinian brazilian mexican nigerian ' +
    'russian ukrainian israeli palestinian iranian scot welshman irishman austrian belgian swiss portuguese greek ' +
    'pole czech hungarian romanian bulgarian serbian croatian slovak slovenian bosnian albanian armenian egyptian ' +
    'moroccan algerian tunisian ghanaian senegalese cameroonian ivorian japanese korean indian pakistani ' +
    'bangladeshi afghan iraqi saudi emirati qatari lebanese jordanian taiwanese thai vietnamese filipino indonesian ' +
    'malaysian colombian chilean peruvian venezuelan uruguayan paraguayan ecuadorian cuban jamaican icelander ' +
    'estonian latvian lithuanian kazakh englishman englishwoman irishwoman scotsman scotswoman welshwoman ' +
    'texan californian floridian'
  ).split(' '),
);

/** Words after a description's head that say where or which of them: "one of the managers present", "a witness nearby". */
export const DESCRIPTION_POST_MODIFIERS: ReadonlySet<string> = new Set(['present', 'nearby', 'there', 'involved', 'interviewed']);
/** A team's captaincy, which a player of any position holds: no office that rules out a trade ("the defender"). */
export const TEAM_CAPTAINCIES: ReadonlySet<string> = new Set(['captain', 'skipper', 'co-captain', 'vice-captain']);

/** Wire agencies a dateline names in parentheses ("BRUSSELS (Reuters) -"), lower case. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(
  'ap reuters afp pa upi bloomberg dpa xinhua ani pti ians aap efe ansa kyodo yonhap tass'.split(' '),
);

/**
 * Words that start what follows a description's head and says whose or where it is: "a spokesperson for the
 * council", "an official at the embassy", "a source close to the club".
 */
export const POST_MODIFIER_STARTS: ReadonlySet<string> = new Set('for of at from with in on to close familiar briefed who'.split(' '));
/**
 * An adjective with its preposition after a source's head that says whose source it is: "a source close to the
 * club", "two people familiar with the talks", "an official briefed on the plan".
 */
export const SOURCE_POST_MODIFIERS: ReadonlySet<string> = new Set([
  'close to',
  'familiar with',
  'briefed on',
  'knowledgeable about',
  'loyal to',
  'allied with',
  'privy to',
]);

/**
 * Prepositions whose object, followed by a comma, closes an opening phrase rather than naming someone in
 * apposition: "Speaking to reporters in Brussels, the Taoiseach said" (Brussels is no taoiseach).
 */
export const OPENING_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at on from to near inside outside aboard across after before during into over through throughout around'.split(' '),
);

/** Prepositions: a name does not open on one ("a replacement would be named “in the coming days”" names nothing). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at on by for from to with within without into onto over under after before during since until near among about against'.split(' '),
);

/** Prepositions that open a place or group after a description's head: "one of the engineers in the room". */
export const DESCRIPTION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'near', 'inside', 'outside', 'among']);
/** Words that pick one or some of a group before "of": "a manager at one of the banks". */
export const PARTITIVES: ReadonlySet<string> = new Set(['one', 'some', 'each', 'several', 'two', 'three', 'four', 'five']);
/** Words that make a name after them a group of people, not one who speaks: "many Marines", "some Democrats". */
export const GROUP_QUANTIFIERS: readonly string[] = ['many', 'some', 'most', 'all', 'few', 'several', 'other', 'these', 'those'];
/** Words that open a clause standing as a noun: "What Page was doing was …". */
export const NOUN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['what', 'whether', 'how', 'why']);
/** Jobs that speak for a body, named in apposition: ", a spokesperson for Instagram,". */
/** Nouns for an unnamed source, each of which a later mention may use for one another ("A source close to the couple … the insider said"). */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'insider']);

export const SPOKESPERSON_NOUNS: readonly string[] = ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'rep', 'publicist'];

/**
 * "the mum-of-two", "the father-of-three": a tabloid's word for someone it named before, by how many children they
 * have; the role is the word before "-of-".
 */
export const OF_CHILDREN_COUNT = /-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/u;

/** The singular a role lookup uses: "officials" → "official", "spokespeople" stays. */
export const roleHead = (word: string): string => {
  // "the president-elect", "the ex-minister": the role itself.
  const lower = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^ex-(?=\p{L})|-elect$/u, '')
    .replace(OF_CHILDREN_COUNT, '');
  if (ROLE_NOUNS.has(lower) || TITLES.has(lower) || BODY_HEADS.has(lower)) return lower;
  if (/men$/.test(lower)) return `${lower.slice(0, -3)}man`;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/s$/.test(lower)) return lower.slice(0, -1);
  return lower;
};

/**
 * Words ending like an occupation ("-ist", "-ian", "-er", "-or") that name no one: function words,
 * comparatives, and common things. An occupation needs no list of its own ("geologist", "historian",
 * "farmer", "investor"); these are what that ending would take for one.
 */
export const NOT_OCCUPATIONS: ReadonlySet<string> = new Set(
  (
    'after other another under over never ever later either neither whether rather together however otherwise ' +
    'whatever whoever wherever whenever forever earlier further farther former latter upper lower inner outer ' +
    'bigger greater higher longer larger smaller better bitter younger older newer fewer closer easier harder ' +
    'stronger clearer faster slower deeper wider broader cheaper richer poorer lesser proper super sheer ' +
    'water number letter paper order power matter center centre corner border answer quarter summer winter ' +
    'october november december september minor major error floor door color colour factor sector mirror labor ' +
    'labour favor favour honor honour humor humour motor interior exterior superior junior senior prior ' +
    'behavior behaviour vapor terror horror armor armour tumor manor meter metre liter litre monster cancer ' +
    'finger dinner offer transfer filter river silver tower weather feather leather cover hunger danger anger ' +
    'laser poster computer character chapter theater theatre register shelter layer banner manner butter ' +
    'litter master powder wonder thunder fever ledger trigger barrier carrier container counter charter ' +
    'disaster encounter frontier headquarter headquarters newspaper paper tracker trailer transistor tractor ' +
    'indicator elevator radiator generator monitor sensor processor reactor corridor mentor vendor ' +
    'list exist assist insist resist persist consist mist twist fist wrist gist heist ' +
    'median meridian civilian ' +
    'consider remember deliver discover enter suffer bother render recover uncover gather whisper utter alter hover ponder ' +
    'cater steer endeavor endeavour clever tender'
  ).split(' '),
);

/** A lower-case noun for what someone does, known by its ending ("planetary geologist", "a historian"). */
export const isOccupation = (word: string): boolean => {
  if (!/^\p{Ll}/u.test(word)) return false;
  const head = roleHead(word);
  // ("a middleman", "fishermen": a compound in -man, -woman or -person names one by what they do.)
  const ending = /^[\p{Ll}-]{3,}(?:ist|ian|er|or)$/u.test(head) || /^\p{Ll}{4,}(?:man|woman|men|women|person)$/u.test(head);
  return ending && !NOT_OCCUPATIONS.has(head) && !NOT_OCCUPATIONS.has(word.toLowerCase());
};

/** A noun naming someone by what they do or are: a listed role, or an occupation known by its ending. */
export const isRoleWord = (word: string): boolean => ROLE_NOUNS.has(roleHead(word)) || isOccupation(word);

/**
 * A title or a listed role, in lower case, that makes the name after it a person's ("candidate Síle Ní
 * Fhlatharta"): not any word in -er ("The sooner Russia"), nor a verb ("accused Moscow").
 */
export const isListedRoleBeforeName = (word: string): boolean =>
  TITLES.has(word) || (ROLE_NOUNS.has(roleHead(word)) && !SAYING_VERBS.has(word) && !/ed$/.test(word));

/** A noun that can head a speaking description: a role, a title used as a noun, a body, or a text. */
export const isSpeakingHead = (word: string): boolean => {
  const head = roleHead(word);
  return (
    ROLE_NOUNS.has(head) ||
    TITLES.has(head) ||
    BODY_HEADS.has(head) ||
    SAYING_NOUNS.has(head) ||
    isOccupation(word) ||
    OF_CHILDREN_COUNT.test(word.toLowerCase())
  );
};

/** An age as a description or apposition: "55", "the 55-year-old", "51-year-old". */
export const isAge = (word: string): boolean => /^\d{1,3}(?:-years?-old)?$/i.test(word) || /^\d{1,3}-year-olds?$/i.test(word);

// ── details a claim's versions may disagree on (src/align/conflicts.ts) ───────

/**
 * Words after a number that make it a time, a share, a size or a span rather than a count of things ("9 a.m.",
 * "8 billion", "two years"): read by the claim aligner (src/align/claims/units.ts).
 */
export const NOT_COUNTED_AFTER: ReadonlySet<string> = new Set(
  'a.m. p.m. am pm percent per % hundred thousand million billion trillion seconds minutes hours days weeks months years decades'.split(
    ' ',
  ),
);

/**
 * What a sentence says when someone would not speak (matched in lower case; src/align/claims/units.ts): a sentence
 * that says it and one that does not report different things, however many words they share.
 */
export const NO_COMMENT_PHRASES: readonly string[] = [
  'declined to comment',
  'declines to comment',
  'declining to comment',
  'declined comment',
  'refused to comment',
  'refuses to comment',
  'no comment',
  'did not respond',
  'did not immediately respond',
  "didn't respond",
  'did not return',
  'did not immediately return',
  'did not reply',
  'could not be reached',
  'not immediately available for comment',
];

/** What a refusal to comment names besides (see NO_COMMENT_PHRASES): "declined to comment", "did not return a call". */
export const NO_COMMENT_OBJECTS: ReadonlySet<string> = new Set(
  'comment comments request requests message messages email emails e-mail call calls inquiry inquiries reached'.split(' '),
);

/** Number words and their values; "one" only counts after a hedge ("at least one"), it is too often a pronoun. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    dozen: 12,
  }),
);

/** Words that multiply the number before them: "1.5 million". */
export const NUMBER_SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 }),
);

/** Hedges before a number ("at least six"), longest first so "more than" wins over "more". */
export const NUMBER_HEDGES: readonly string[] = [
  'at least',
  'at most',
  'more than',
  'fewer than',
  'less than',
  'up to',
  'as many as',
  'as few as',
  'no fewer than',
  'about',
  'around',
  'nearly',
  'almost',
  'approximately',
  'roughly',
  'some',
  'over',
  'under',
  'an estimated',
  'estimated',
].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Number hedges that make the figure a floor ("more than 20 years" holds 22), and a ceiling; the rest put it near. */
export const FLOOR_HEDGES: ReadonlySet<string> = new Set(['at least', 'more than', 'over', 'no fewer than', 'as few as']);
export const CEILING_HEDGES: ReadonlySet<string> = new Set(['at most', 'fewer than', 'less than', 'up to', 'under', 'as many as']);

/** Hedges on a whole statement: a version with one and a version without say different things. */
export const STATEMENT_HEDGES: ReadonlySet<string> = new Set([
  'reportedly',
  'allegedly',
  'alleged',
  'apparently',
  'purportedly',
  'supposedly',
  'suspected',
  'unconfirmed',
  'possibly',
  'presumably',
]);

/** Words between a number and what it counts ("three people were injured"), skipped to find the thing counted. */
export const COUNT_FILLERS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'others',
  'other',
  'more',
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'been',
  'being',
  'of',
  'the',
  'them',
  'those',
  'reported',
  'confirmed',
  'believed',
  'said',
  'to',
  'be',
  'also',
  'and',
  'left',
  'seriously',
  'critically',
]);

/** What is counted, folded to one word where outlets say the same thing differently ("killed" / "dead"). */
export const COUNT_UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dead: 'dead',
    killed: 'dead',
    died: 'dead',
    deaths: 'dead',
    death: 'dead',
    fatalities: 'dead',
    lives: 'dead',
    bodies: 'dead',
    injured: 'injured',
    wounded: 'injured',
    hurt: 'injured',
    injuries: 'injured',
    casualties: 'injured',
    arrested: 'arrested',
    arrests: 'arrested',
    detained: 'arrested',
    missing: 'missing',
    hostages: 'hostages',
    dollars: 'dollars',
    $: 'dollars',
    euros: 'euros',
    pounds: 'pounds',
    percent: 'percent',
    '%': 'percent',
    'per cent': 'percent',
    years: 'years',
    year: 'years',
    months: 'months',
    days: 'days',
    hours: 'hours',
    minutes: 'minutes',
    miles: 'miles',
    kilometres: 'kilometres',
    kilometers: 'kilometres',
    shots: 'shots',
    rounds: 'shots',
    vehicles: 'vehicles',
    cars: 'vehicles',
    victims: 'victims',
    suspects: 'suspects',
    officers: 'officers',
    soldiers: 'soldiers',
    troops: 'soldiers',
    children: 'children',
  }),
);

/**
 * Words of a dateline or time stamp besides dates and times ("Published Sunday, Aug 4 2013, 19:30 BST",
 * "4 August 2013 Last updated at 19:47 GMT"): time zones, clock words and the page's own verbs.
 */
export const DATELINE_WORDS: ReadonlySet<string> = new Set([
  'published',
  'updated',
  'last',
  'posted',
  'modified',
  'first',
  'at',
  'on',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'bst',
  'utc',
  'cet',
  'cest',
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'mt',
  'mst',
  'mdt',
  'pt',
  'pst',
  'pdt',
  'aest',
  'aedt',
]);

/** Days of the week, for dates outlets give differently. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Spans of time a phrase ends on ("last week", "earlier this month", "Monday night"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'week weekend month year night morning afternoon evening day spring summer fall autumn winter time'.split(' '),
);
/** Words that open a phrase of time before a verb ("on Tuesday", "last week", "in 2009", "at the time"). */
export const TIME_OPENERS: ReadonlySet<string> = new Set(
  'on in at last this next earlier later late early during until by that'.split(' '),
);
/** What a caption says before the one who gave or told what it shows: "Donated by Ann Lowe, Gwynedd, Pa.". */
export const CAPTION_CREDITS: readonly string[] = ['donated by', 'courtesy of', 'lent by', 'told by'];

/** Words that are a time on their own ("Lowe yesterday said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight']);
/** Words that point a time noun at now ("this week", "last year", "that night"). */
export const DEICTIC_TIME_WORDS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'that']);
/** A year as news writes one: 1800 to 2099. */
export const isYear = (word: string): boolean => /^(?:1[89]|20)\d\d$/.test(word);

/** Words before a month that make it a date ("in May Acme", "last June"), not a given name ("Jan Simpson"). */
export const MONTH_DATE_LEADS: ReadonlySet<string> = new Set(
  'in on since until by from of last next early late mid this during through'.split(' '),
);

/** Month names and their usual abbreviations → the month's number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  }),
);

/** What a news lead counts about the event itself: two leads giving different figures disagree. */
export const EVENT_COUNTS: ReadonlySet<string> = new Set(['dead', 'injured', 'arrested', 'missing', 'hostages', 'victims', 'suspects']);

/**
 * How news copy says a speaker will not be named: "who refused to give his name", "who asked not to be
 * identified", "who asked us not to print his name", "speaking on condition of anonymity". The words that follow
 * are that unnamed person's.
 */
export const UNNAMED_SPEAKER =
  /,?\s*(?:who\s+)?(?:(?:refused|declined|would\s+not|wouldn[’']t|did\s+not\s+(?:want|wish)|didn[’']t\s+(?:want|wish)|asked\s+not|preferred\s+not|wished\s+not)\s+(?:to\s+)?(?:give|be\s+named|be\s+identified|provide|share|reveal)\b[^.,;]*|asked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:published|used|given|printed|disclosed|revealed)\b|asked\s+(?:us|me|reporters|journalists)\s+not\s+to\s+(?:print|use|publish|give|reveal|name|identify)\b[^.,;]*|(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity|who\s+was\s+not\s+named)/giu;

/**
 * Words before the only name a speaker gave ("who gave his name only as Kelvin", "identified only as Kelvin", "who
 * gave only her first name, Mary"), as a pattern's source; the name after them is a person's.
 */
export const NAME_GIVEN_ONLY_AS = String.raw`\b(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:identified|known)\s+only\s+as|gave\s+only\s+(?:his|her|their)\s+(?:first\s+)?name\s*,?)`;

/**
 * A person brought in by a description and a relative clause, not a name: "WIRED spoke to one mother, who knew …".
 * Not after a comma or a dash, where the description is a named person's apposition ("Ann Lowe, a mother who …").
 */
export const DESCRIBED_PERSON = /(?<![,—–]\s)\b((?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)),\s+who\b/gu;
/**
 * The same person opening a sentence with a relative clause and no comma ("A woman who gave only her first name …"),
 * a participle ("A younger man walking to work was less charitable") or the sentence's verb ("One mother was blunt").
 */
export const DESCRIBED_SUBJECT =
  /(?:^|[.!?]["”’]?\s+|\n)((?:A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:who|\p{Ll}+ing|was|were|is|had|has)\b/gu;

/**
 * A first-person writer's relative as a sentence's subject ("My father taught me to drive"): in memoir the one
 * "he" or "she" stands for where the text names no one.
 */
export const MY_RELATIVE_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n)((?:My|Our)\s+(?:late\s+)?([\p{Ll}]+))\b/gu;

/** Someone's relative as a sentence's subject ("His father was more succinct", "Her older sister laughs"). */
export const THEIR_RELATIVE_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n)(His|Her|Their)\s+([\p{Ll}-]+)(?:\s+(\p{Ll}+))?/gu;

/** Person nouns that say "she" or "he": a described person is only what a pronoun of their sex points back to. */
/** Nouns that say no more of a person than their sex: "the man said", "the woman added". */
export const PLAIN_PERSON_NOUNS: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['man', 'he'],
  ['woman', 'she'],
]);

export const FEMALE_NOUNS: ReadonlySet<string> = new Set(
  'woman mother daughter wife girl sister grandmother granddaughter niece aunt widow girlfriend fiancee actress songstress comedienne frontwoman mum mom grandma gran granny nana stepmother stepdaughter'.split(
    ' ',
  ),
);
/** What comes before "-man" or "-woman" in a role named with its holder's sex ("spokeswoman", "chairman"). */
export const SEXED_ROLE_STEMS: ReadonlySet<string> = new Set(
  'spokes chair business police fire sales congress council assembly camera anchor sports fisher crafts middle gentle lay clergy'.split(
    ' ',
  ),
);
export const MALE_NOUNS: ReadonlySet<string> = new Set(
  'man father son husband boy brother grandfather grandson nephew uncle widower boyfriend fiance frontman dad grandpa grandad granddad stepfather stepson'.split(
    ' ',
  ),
);

/** Where written words are published: "…,” BBCOne promoted on Twitter — the account is the writer. */
/** Verbs of putting a post out, whose subject wrote its caption: "shared a photo with the caption “…”". */
export const SHARING_VERBS: ReadonlySet<string> = new Set(
  'share shares shared sharing post posts posted posting repost reposts reposted reposting upload uploads uploaded uploading publish published publishing'.split(
    ' ',
  ),
);

/** What a post goes out with, in the poster's words: "with the words “…”", "alongside the message “…”". */
export const CAPTIONED_TEXTS: ReadonlySet<string> = new Set(['caption', 'words', 'message', 'note']);

export const PLATFORMS = new Set(
  'twitter facebook instagram tiktok youtube linkedin threads bluesky weibo telegram truth website blog instagram snapchat reddit x'.split(
    ' ',
  ),
);

/**
 * Numbers and ordinals in words: their vectors sit close together ("two" and "three" are 0.98 alike), yet a
 * different count is a different fact, so the claim matcher matches them exactly or not at all.
 */
export const EXACT_ONLY_WORDS: ReadonlySet<string> = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'half',
  'twice',
  'once',
]);

/**
 * Words that begin a clause of its own fact: contrast and concession ("X, but Y", "X while Y"), and time and
 * cause ("X when Y", "X after Y", "X because Y", "X as Y").
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'when',
  'after',
  'before',
  'because',
  'as',
]);
/** The same words opening a sentence, but for "but", put the clause break at the first comma ("While X, Y"). */
export const FRONTED_CLAUSE_WORDS: ReadonlySet<string> = new Set([...CLAUSE_WORDS].filter((word) => word !== 'but'));

/** Indefinite pronouns: "everyone said ‘yes’" credits no one in particular. */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(
  'everyone everybody someone somebody anyone anybody nobody none all both each many several few others'.split(' '),
);

/** Verbs that report words or thoughts quoted inside a quotation: “everyone said ‘yes’”, “the list went ‘…’”. */
export const REPORTING_VERBS = new Set('say says said saying asked replied thought think thinking went'.split(' '));

/** The words as alternatives of a regular expression, longest first ("said|says|…"). */
export const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');

/** Texts read out aloud, whose reader speaks them: "read a brief statement", "read out a letter from his wife". */
export const READ_ALOUD_TEXTS: ReadonlySet<string> = new Set([
  'statement',
  'letter',
  'message',
  'note',
  'tribute',
  'eulogy',
  'poem',
  'speech',
]);

/** "read a brief statement on the family's behalf": a verb of reading with a text read aloud within a few words after it. */
export const readsAloud = (verb: string, following: readonly string[]): boolean =>
  /^(?:read|reads|reading)$/i.test(verb) && following.slice(0, 4).some((word) => READ_ALOUD_TEXTS.has(word.toLowerCase()));

/** Verbs of putting out a text: "The ministry issued a statement" — its writer. */
export const PUBLISHING_VERBS = new Set(['issued', 'released', 'published', 'posted', 'put out', 'sent']);

/** Words that follow a modifier without being the noun it modifies: prepositions, conjunctions, auxiliaries. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'of for in on at by with from to into onto over under about as than that which who whom whose and or but nor ' +
    'so yet if when while because since though although is was are were be been being am has have had do does did ' +
    'will would can could should may might must shall not no its his her their our my your it he she they we i you ' +
    'this these those there here then also even only just very too now'
  ).split(' '),
);

/** Nouns for works whose title may follow in quotation marks: his book “…”, the film “…”. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(
  (
    'book books novel novels memoir memoirs film films movie movies documentary song songs album albums single ' +
    'show shows series podcast play plays musical opera poem essay article column episode programme program'
  ).split(' '),
);

/** Words that mention a term rather than quote a speaker: the so-called “…”, the word “…”, known as “…”, dubbed “…”. */
export const TERM_MARKERS: readonly string[] = [
  'so-called',
  'so called',
  'known as',
  'the word',
  'the term',
  'the phrase',
  'the name',
  'the label',
  'words like',
  'terms like',
  'phrases like',
  'words such as',
  'terms such as',
  'phrases such as',
  'the hashtag',
  'the slogan',
  'the motto',
  'titled',
  'entitled',
  'dubbed',
  'nicknamed',
  'is called',
  'are called',
  'was called',
  'were called',
  'been called',
  'also called',
  'often called',
  "what's called",
  'what’s called',
  "it's called",
  'it’s called',
  "that's called",
  'that’s called',
];

/** Month abbreviations ("Jan", "Sept"): the names in MONTHS that begin a longer one. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...MONTHS.keys()].filter((name) => [...MONTHS.keys()].some((other) => other !== name && other.startsWith(name))),
);

// Sentence splitting (the parse stage).

/** Abbreviations that always stand before a name: a full stop after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mmes',
  'mme',
  'mlle',
  'dr',
  'drs',
  'prof',
  'profs',
  'rev',
  'revd',
  'fr',
  'hon',
  'pres',
  'gen',
  'gens',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'cmdr',
  'cdr',
  'adm',
  'brig',
  'sgt',
  'cpl',
  'const',
  'cst',
  'pvt',
  'supt',
  'insp',
  'asst',
  'comm',
  'det',
  'amb',
  'atty',
  'engr',
  'ven',
  'sec',
  'st',
  'mt',
  'ft',
  'sr',
  'jr',
  'sra',
  'srta',
]);

/**
 * Abbreviations that often end a sentence as well ("… Martin Luther King Jr. The …", "… 10 ft. The …",
 * "… Acme Inc. The …"): before a word that opens a sentence, their full stop ends one.
 */
export const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr',
  'sr',
  'st',
  'ft',
  'mt',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'plc',
  'llc',
  'etc',
  'al',
]);

/** Everyday words the sentence splitter reads as abbreviated units or days ("in." inches, "sat." Saturday), in lower case. */
export const PLAIN_WORDS_READ_AS_UNITS: ReadonlySet<string> = new Set(['in', 'sat', 'wed', 'sun']);

/** Abbreviations that stand before a number ("No. 5", "p. 12"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no',
  'nos',
  'vol',
  'vols',
  'p',
  'pp',
  'fig',
  'figs',
  'art',
  'arts',
  'ch',
  'para',
  'op',
  'ed',
  'approx',
]);

/** Abbreviations that are almost never the last word of a sentence. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'vs',
  'v',
  'cf',
  'e.g',
  'i.e',
  'viz',
  'approx',
  'ca',
  'incl',
  'esp',
  'dept',
  'est',
]);

/**
 * Capitalised words that usually begin a sentence rather than continue a name. After an ambiguous
 * full stop ("in the U.S. The talks…", "at 9 a.m. He left") they tip the balance towards a break.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'moreover',
  'still',
  'also',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'as',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'some',
  'many',
  'most',
  'both',
  'all',
  'no',
  'not',
  'what',
  'who',
  'why',
  'how',
  'where',
  'although',
  'though',
  'despite',
  'instead',
  'officials',
  'earlier',
  'later',
]);

/** Top-level domains, so that "Example.Com" is not read as two sentences. */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'int',
  'mil',
  'io',
  'co',
  'uk',
  'ru',
  'de',
  'fr',
  'info',
  'biz',
  'ie',
  'au',
  'nz',
  'ca',
  'news',
  'cymru',
  'wales',
  'scot',
]);

/** Verbs of a short attribution after a quotation that ends with its own mark (“Really?” Kerry asked.). */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'asked',
  'asks',
  'added',
  'adds',
  'told',
  'tells',
  'replied',
  'replies',
  'stated',
  'states',
  'declared',
  'declares',
  'insisted',
  'insists',
  'noted',
  'notes',
  'wrote',
  'writes',
  'explained',
  'explains',
  'continued',
  'continues',
  'warned',
  'warns',
  'responded',
  'responds',
  'answered',
  'answers',
  'remarked',
  'recalled',
  'quipped',
  'shouted',
  'argued',
  'argues',
  'stressed',
  'stresses',
  'concluded',
  'admitted',
  'conceded',
  'testified',
  'testifies',
  'commented',
  'comments',
  'tweeted',
  'posted',
  'confirmed',
  'announced',
  'acknowledged',
  'countered',
  'cautioned',
  'recounted',
  'described',
  'joked',
  'vowed',
]);

/** Words after which "'s" is the verb ("it's" = "it is", "that's" = "that is"), not the possessive. */
export const VERB_CONTRACTION_HOSTS: ReadonlySet<string> = new Set(
  'it he she that there here what who where how when this everything nothing something everyone someone'.split(' '),
);

/**
 * Abbreviated titles written out, for matching ("Gov. Brown" / "Governor Brown"); read only before a name.
 * Keys are lower case without the full stop.
 */
export const TITLE_ABBREVIATION_WORDS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['capt', 'captain'],
  ['cpt', 'captain'],
  ['cmdr', 'commander'],
  ['cdr', 'commander'],
  ['adm', 'admiral'],
  ['brig', 'brigadier'],
  ['sgt', 'sergeant'],
  ['cpl', 'corporal'],
  ['const', 'constable'],
  ['cst', 'constable'],
  ['pvt', 'private'],
  ['supt', 'superintendent'],
  ['insp', 'inspector'],
  ['asst', 'assistant'],
  ['comm', 'commissioner'],
  ['det', 'detective'],
  ['amb', 'ambassador'],
  ['atty', 'attorney'],
  ['sec', 'secretary'],
  ['pres', 'president'],
  ['prof', 'professor'],
  ['rev', 'reverend'],
  ['revd', 'reverend'],
  ['dr', 'doctor'],
]);

/** Roles one person holds in a case, whom a lead brings in as "a judge" and the article names further down. */
export const PRESIDING_ROLES: ReadonlySet<string> = new Set(['judge', 'magistrate', 'coroner', 'sheriff']);

/** Titles that are not a role's name but hold it: "Justice Mwiche Banda-Siame … the judge said". */
export const TITLES_HOLDING_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice']],
  ['priest', ['father']],
]);

/** Forms of address that say nothing of the claim ("Mr Kerry" / "Kerry"): function words in matching. */
export const ADDRESS_FORMS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'messrs', 'mme', 'mlle']);

/** Arabic article prefixes of names: "al-Assad" and "Assad" are the same name. */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'az', 'ar']);

/** Small words that may stand in lower case inside a capitalised title or name ("The Fires of Pompeii", "Ludwig van Beethoven"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set('of the and a an in on for to at by de du la le von van al'.split(' '));

/** Words at which a speaker's noun phrase stops, reading forward or back from the verb of saying. */
export const SPEAKER_PHRASE_STOPS: ReadonlySet<string> = new Set(
  'in at on with to who which that as for after before during from about of when while and but by'.split(' '),
);

/** Words that open a clause in which a pronoun may be the subject ("…, but he …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'while', 'although', 'though', 'whereas', 'because', 'so']);

/** "It is expected that …", "it was unclear whether …": after these, "it" is empty, with nothing to point back to. */
export const EMPTY_IT_FOLLOWERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'to', 'how', 'why', 'when', 'what']);

/** Lower-case words that follow a name without making it a clause's subject. */
export const NOT_VERBS: ReadonlySet<string> = new Set(
  'of and or in on at to for from with by as the a an that which who whose whom than into over under about'.split(' '),
);

/** Endings a light stemmer takes off, longest first ("reporting" / "reported" / "reports"). */
export const STEM_SUFFIXES: readonly string[] = ['ing', 'ed', 'es', 's', 'e'];
