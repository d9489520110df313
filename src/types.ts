// The values that pass between the build's stages: load → parse → analyse → align → render → write.
// Every stage is a pure function from one of these to the next; only the writer touches the disk.

/** A place in a source file, 1-based line and column, 0-based offset (as in unist). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

// ── load ────────────────────────────────────────────────────────────────────

/** One file as read from disk, not yet decoded. */
export interface SourceFile {
  /** The articles folder as given, joined with the file's path inside it (used in every message). */
  path: string;
  bytes: Uint8Array;
}

/** One story folder: its optional index.md and corrections.yml, and its article files, sorted by path. */
export interface StorySource {
  /** Folder name; becomes the story's URL segment. */
  id: string;
  index?: SourceFile;
  /** An editor's corrections to the alignment (corrections.yml). */
  corrections?: SourceFile;
  articles: SourceFile[];
}

/** The word vectors as read from disk (src/load/word-vectors.ts): rows in the order of `words`, most frequent first. */
export interface WordVectorFiles {
  words: string[];
  dimensions: number;
  /** `dimensions` int8 values per word. */
  vectors: Int8Array;
  neighboursPerWord: number;
  /** The rows of each word's `neighboursPerWord` nearest words, nearest first. */
  neighbours: Uint16Array;
  /** The rows WordNet relates to row r (synonyms, derivations) lie at related[relatedOffsets[r] .. relatedOffsets[r + 1]). */
  relatedOffsets: Uint32Array;
  related: Uint16Array;
}

/** The page templates as read from disk (src/load/templates.ts): path inside templates/ (forward slashes) → text. */
export type TemplateSources = Readonly<Record<string, string>>;

// ── parse ───────────────────────────────────────────────────────────────────

/** A sentence of an article. `start`/`end` are offsets into the article's markdown body. */
export interface Sentence {
  /** Stable within the article: "s1", "s2", … in reading order. */
  id: string;
  /** 0-based position in the article. */
  index: number;
  /** Index of the block (paragraph, heading, …) it belongs to. */
  block: number;
  start: number;
  end: number;
  /** The sentence as published (plain text, markdown syntax removed, whitespace as in the source). */
  text: string;
}

/** A block of the article body: a paragraph, heading, list item or block quote paragraph. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'blockquote' | 'list-item';
  start: number;
  end: number;
  /** Indices into Article.sentences. */
  sentences: number[];
}

export interface ArticleMeta {
  title: string;
  /** Short column name; defaults to the outlet or a shortened title. */
  label: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) or date-time, as given. */
  published?: string;
  /** Where the text came from (a file name or URL), as given. */
  source?: string;
  url?: string;
  /** Page furniture removed from the body, listed so that nothing disappears silently. */
  furniture: string[];
}

export interface Article extends ArticleMeta {
  /** File name without extension; unique within its story; becomes the page's file name. */
  id: string;
  storyId: string;
  /** The file's path, as in SourceFile. */
  path: string;
  /** The markdown body after the front matter. */
  body: string;
  /** Where the body starts in the file, so body offsets can be reported as file line:column. */
  bodyStart: Point;
  blocks: Block[];
  sentences: Sentence[];
}

export interface Story {
  id: string;
  title: string;
  published?: string;
  summary?: string;
  /** The summary as sanitised HTML: the editor's markdown (links, emphasis) rendered, nothing that runs. */
  summaryHtml?: string;
  articles: Article[];
}

/** A problem that does not stop the build. */
export interface Warning {
  path: string;
  line: number;
  column: number;
  message: string;
}

// ── corrections (an editor's, read in parse, applied right after align) ──────

export type CorrectionAction = 'link' | 'unlink' | 'split' | 'merge' | 'speaker' | 'not-a-quote' | 'hide';

/** Something the corrections file names, with where it is written (for messages). */
export interface Located<T> {
  value: T;
  line: number;
  column: number;
}

/** One correction as written in corrections.yml. */
export interface Correction {
  action: CorrectionAction;
  /** The sentences it names, each as "<article id>: <its first words>". */
  sentences: Array<Located<string>>;
  /** For a quotation: its first words, where the sentence holds more than one. */
  words?: Located<string>;
  /** For `speaker`: the name, or null to say the text names no speaker. */
  speaker?: string | null;
  reason?: string;
  /** Where the correction starts in the file. */
  line: number;
  column: number;
}

export interface Corrections {
  path: string;
  corrections: Correction[];
}

/** A correction as applied, kept in alignment.json: what it did and to which sentences. */
export interface AppliedCorrection {
  action: CorrectionAction;
  /** The line of corrections.yml it was written on. */
  line: number;
  members: Member[];
  /** The quotation it changed (speaker, not-a-quote). */
  quotation?: string;
  speaker?: string | null;
  reason?: string;
}

// ── analyse ────────────────────────────────────────────────────────────────

export type QuoteKind = 'full' | 'partial' | 'scare';

/** A direct quotation found in an article. Offsets into the body, the marks excluded. */
export interface Quotation {
  id: string;
  article: string;
  /** Sentence id of the sentence the quotation starts in. */
  sentence: string;
  start: number;
  end: number;
  /** The quoted words, exactly as published. */
  text: string;
  kind: QuoteKind;
  /** Canonical speaker name, or null where the text does not say. */
  speaker: string | null;
  /**
   * How the speaker was found where the sentence does not name them ("resolved from 'he'", "named in the
   * paragraph before"); null when named in the sentence itself or when there is no speaker.
   */
  speakerReason: string | null;
  /** Inside another quotation's marks (words the speaker quotes): shown within it, never grouped on its own. */
  nested: boolean;
}

/** A speaker (person or body) as named in one story, variants merged. */
export interface Speaker {
  /** Canonical form: the longest name the story uses, e.g. "Sergei Lavrov". */
  name: string;
  /** Every variant seen, e.g. ["Lavrov", "Sergey Lavrov", "Sergei Lavrov"]. */
  variants: string[];
}

/** A word of a sentence, with the forms the aligner matches on. Offsets into the article body. */
export interface Token {
  text: string;
  /** Lower-cased lemma ("talks" → "talk"). */
  lemma: string;
  /** The form used for matching: lemma with variants folded ("U.S." / "USA" → "united states"). */
  norm: string;
  start: number;
  end: number;
  /** A function word or punctuation, ignored when weighing overlap. */
  stop: boolean;
}

/**
 * The word vectors ready for look-ups (src/analyse/terms/vectors.ts): a row by word and by spelling key (as
 * token norms are), and each row's length. One per thread, shared by every story it builds.
 */
export interface WordVectors extends Omit<WordVectorFiles, 'words'> {
  rows: ReadonlyMap<string, number>;
  norms: Float32Array;
}

/** The analysed story: what the aligner works from. */
export interface AnalysedStory {
  story: Story;
  quotations: Quotation[];
  speakers: Speaker[];
  /** Article id → one token list per sentence, in sentence order. */
  tokens: Record<string, Token[][]>;
  /** Article id → the ids of its sentences that are only a date and time stamp (not claims). */
  datelines?: Record<string, string[]>;
  /**
   * Article id → for each sentence, the matching keys (token norms) of what its pronoun subject stands for
   * ("He is now in talks …" after "John Kerry is in Moscow …": ["keri"]); [] where there is none.
   */
  referents: Record<string, string[][]>;
  /** The word vectors the aligner compares words with. */
  vectors: WordVectors;
}

// ── align ──────────────────────────────────────────────────────────────────

export type ClaimKind = 'verbatim' | 'near-verbatim' | 'paraphrase' | 'exclusive';

export interface Member {
  article: string;
  sentence: string;
}

export interface Claim {
  /** "c1", "c2", … ordered by how many articles carry it, then by first appearance. */
  id: string;
  kind: ClaimKind;
  /** 0..1, how alike the members are (1 for exclusives). */
  score: number;
  /**
   * In reading order (article, then sentence). Several may come from one article (a quotation spread over
   * two sentences), and one sentence may be a member of two claims (a sentence of two facts).
   */
  members: Member[];
  /** Articles that carry the claim / leave it out. */
  carriedBy: string[];
  omittedBy: string[];
  /** Indices into Alignment.corrections of the corrections that changed this claim, if an editor did. */
  corrections?: number[];
}

/**
 * The part of one quotation that one sentence carries: a quotation running over several sentences is one
 * member per sentence, all with the same `quotation` id, in reading order.
 */
export interface QuoteMember extends Member {
  quotation: string;
  text: string;
  speaker: string | null;
  /** How the speaker was found where the sentence does not name them (see Quotation.speakerReason). */
  speakerReason: string | null;
  kind: QuoteKind;
  /** Indices into Alignment.corrections of the corrections that changed this quotation, if an editor did. */
  corrections?: number[];
}

export interface QuoteGroup {
  id: string;
  /** The speaker most members credit, or null. */
  speaker: string | null;
  members: QuoteMember[];
  /** Outlets credit the words to different speakers. */
  speakerConflict: boolean;
  /** Some members quote only part of what another quotes. */
  truncated: boolean;
}

/** Word-for-word sharing between two articles. Only pairs that share words are listed: a missing pair shares nothing. */
export interface Overlap {
  a: string;
  b: string;
  /** Words of a that are in runs of at least a few words shared with b, over the words of a. */
  shareOfA: number;
  shareOfB: number;
  sharedWords: number;
}

/** What kind of detail the versions of a claim disagree on. */
export type ConflictKind = 'number' | 'time' | 'date' | 'hedge' | 'speaker' | 'title' | 'place';

/** One article's side of a conflict: its sentence and the detail as it words it ("at least six injured"). */
export interface ConflictVersion {
  article: string;
  sentence: string;
  detail: string;
}

/** A detail the articles carrying one claim give differently (see src/align/conflicts.ts). */
export interface Conflict {
  /** "k1", "k2", … in the order of the claims. */
  id: string;
  claim: string;
  kind: ConflictKind;
  /** For a speaker conflict: the quote group whose words are credited differently. */
  quote?: string;
  versions: ConflictVersion[];
}

export interface Alignment {
  story: { id: string; title: string };
  articles: Array<{ id: string; title: string; sentences: Array<Pick<Sentence, 'id' | 'text' | 'start' | 'end'>> }>;
  claims: Claim[];
  quotes: QuoteGroup[];
  overlap: Overlap[];
  /** For each article, the ids of its sentences no other article carries. */
  exclusives: Record<string, string[]>;
  /** Details the versions of a claim give differently. */
  conflicts: Conflict[];
  /** The editor's corrections that were applied (only for a story with a corrections.yml). */
  corrections?: AppliedCorrection[];
}

export interface AlignedStory {
  story: Story;
  analysis: AnalysedStory;
  alignment: Alignment;
}

// ── render / write ─────────────────────────────────────────────────────────

/**
 * The page templates ready to render (src/render/environment.ts): made once per thread from the
 * TemplateSources, so each template is compiled once, and shared by every story the thread builds.
 */
export interface PageTemplates {
  render(name: string, context: object): string;
}

/** What every story a thread builds shares, made once per thread (see `storyVectors` and `siteTemplates` in src/build.ts). */
export interface ThreadResources {
  vectors: WordVectors;
  templates: PageTemplates;
}

/** The built site in memory: output path (relative, forward slashes) → content. */
export type SiteFiles = Map<string, string | Uint8Array>;

export interface BuildOptions {
  articlesDir: string;
  outDir: string;
  /** Public address of the site, for canonical links only. */
  base?: string;
}
