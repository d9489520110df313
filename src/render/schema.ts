// JSON Schema (draft 2020-12) for the Alignment type in src/types.ts, written beside each story's
// alignment.json so that anyone reusing the data can check it. Keep in step with the type.

const memberProperties = {
  article: { type: 'string', description: 'Article id (its file name without .md).' },
  sentence: { type: 'string', description: 'Sentence id within the article, "s1", "s2", …' },
} as const;

const share = { type: 'number', minimum: 0, maximum: 1 } as const;

const correctionIndices = {
  type: 'array',
  items: { type: 'integer', minimum: 0 },
  description: 'Where an editor changed this: indices into the top-level corrections.',
} as const;

export const alignmentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'alignment.schema.json',
  title: 'Alignment',
  description: 'How the articles of one story line up: shared claims, shared quotations, word-for-word overlap and exclusives.',
  type: 'object',
  required: ['story', 'articles', 'claims', 'quotes', 'overlap', 'exclusives', 'conflicts'],
  additionalProperties: false,
  properties: {
    story: {
      type: 'object',
      required: ['id', 'title'],
      additionalProperties: false,
      properties: { id: { type: 'string' }, title: { type: 'string' } },
    },
    articles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'sentences'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          sentences: { type: 'array', items: { $ref: '#/$defs/sentence' } },
        },
      },
    },
    claims: { type: 'array', items: { $ref: '#/$defs/claim' } },
    quotes: { type: 'array', items: { $ref: '#/$defs/quoteGroup' } },
    overlap: {
      type: 'array',
      description: 'Pairs of articles that share words in runs; a pair not listed shares none.',
      items: { $ref: '#/$defs/overlap' },
    },
    exclusives: {
      type: 'object',
      description: 'For each article id, the ids of its sentences no other article carries.',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
    conflicts: {
      type: 'array',
      description: 'Details the articles carrying one claim give differently: counts, times, dates, hedges, the speaker credited.',
      items: { $ref: '#/$defs/conflict' },
    },
    corrections: {
      type: 'array',
      description: 'The corrections of the story’s corrections.yml that were applied, in the order written; only for a story with one.',
      items: { $ref: '#/$defs/correction' },
    },
  },
  $defs: {
    sentence: {
      type: 'object',
      required: ['id', 'text', 'start', 'end'],
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        text: { type: 'string', description: 'The sentence as published, markdown syntax removed.' },
        start: { type: 'integer', minimum: 0, description: 'Offset into the article body (after the front matter).' },
        end: { type: 'integer', minimum: 0 },
      },
    },
    member: {
      type: 'object',
      required: ['article', 'sentence'],
      additionalProperties: false,
      properties: memberProperties,
    },
    claim: {
      type: 'object',
      required: ['id', 'kind', 'score', 'members', 'carriedBy', 'omittedBy'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', description: '"c1", "c2", … ordered by how many articles carry it, then by first appearance.' },
        kind: { enum: ['verbatim', 'near-verbatim', 'paraphrase', 'exclusive'] },
        score: { ...share, description: 'How alike the members are (1 for exclusives).' },
        members: { type: 'array', minItems: 1, items: { $ref: '#/$defs/member' } },
        carriedBy: { type: 'array', items: { type: 'string' } },
        omittedBy: { type: 'array', items: { type: 'string' } },
        corrections: correctionIndices,
      },
    },
    quoteMember: {
      type: 'object',
      required: ['article', 'sentence', 'quotation', 'text', 'speaker', 'speakerReason', 'kind'],
      description:
        'The part of one quotation that one sentence carries: a quotation over several sentences is one member per sentence, with the same quotation id.',
      additionalProperties: false,
      properties: {
        ...memberProperties,
        quotation: { type: 'string' },
        text: { type: 'string', description: 'The quoted words this sentence carries, exactly as published, quotation marks excluded.' },
        speaker: { type: ['string', 'null'] },
        speakerReason: {
          type: ['string', 'null'],
          description: 'How the speaker was found where the sentence does not name them, e.g. "resolved from \'he\'".',
        },
        kind: { enum: ['full', 'partial', 'scare'] },
        corrections: correctionIndices,
      },
    },
    quoteGroup: {
      type: 'object',
      required: ['id', 'speaker', 'members', 'speakerConflict', 'truncated'],
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        speaker: { type: ['string', 'null'], description: 'The speaker most members credit.' },
        members: { type: 'array', minItems: 1, items: { $ref: '#/$defs/quoteMember' } },
        speakerConflict: { type: 'boolean', description: 'Outlets credit the words to different speakers.' },
        truncated: { type: 'boolean', description: 'Some members quote only part of what another quotes.' },
      },
    },
    conflict: {
      type: 'object',
      required: ['id', 'claim', 'kind', 'versions'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', description: '"k1", "k2", … in the order of the claims.' },
        claim: { type: 'string', description: 'The claim whose versions disagree.' },
        kind: { enum: ['number', 'time', 'date', 'hedge', 'speaker', 'title', 'place'] },
        quote: { type: 'string', description: 'For a speaker conflict: the quote group credited differently.' },
        versions: {
          type: 'array',
          minItems: 2,
          items: {
            type: 'object',
            required: ['article', 'sentence', 'detail'],
            additionalProperties: false,
            properties: {
              ...memberProperties,
              detail: { type: 'string', description: 'The detail in this article\'s words, e.g. "at least six injured".' },
            },
          },
        },
      },
    },
    correction: {
      type: 'object',
      required: ['action', 'line', 'members'],
      additionalProperties: false,
      properties: {
        action: { enum: ['link', 'unlink', 'split', 'merge', 'speaker', 'not-a-quote', 'hide'] },
        line: { type: 'integer', minimum: 1, description: 'The line of corrections.yml the correction starts on.' },
        members: { type: 'array', minItems: 1, items: { $ref: '#/$defs/member' }, description: 'The sentences it names.' },
        quotation: { type: 'string', description: 'The quotation it changed (speaker, not-a-quote).' },
        speaker: { type: ['string', 'null'], description: 'The speaker an editor set; null: the text names none.' },
        reason: { type: 'string' },
      },
    },
    overlap: {
      type: 'object',
      required: ['a', 'b', 'shareOfA', 'shareOfB', 'sharedWords'],
      additionalProperties: false,
      properties: {
        a: { type: 'string' },
        b: { type: 'string' },
        shareOfA: { ...share, description: 'Words of a in runs shared with b, over the words of a.' },
        shareOfB: share,
        sharedWords: { type: 'integer', minimum: 0 },
      },
    },
  },
} as const;
