// JSON Schema (draft 2020-12) for a story's corrections.yml, written beside each story's alignment.schema.json
// so that an editor's editor can complete and check the file. Keep in step with src/parse/corrections.ts.

const sentence = {
  type: 'string',
  pattern: '^[^:]+:\\s*\\S',
  description:
    'A sentence as "<article id>: <its first words>", e.g. "real-progress: Kerry is seeking to prepare". The article id is the file name without .md; enough first words that only one sentence of the article starts with them.',
  examples: ['real-progress: Kerry is seeking to prepare'],
} as const;

const sentences = { type: 'array', minItems: 2, items: sentence } as const;

const reason = {
  type: 'string',
  minLength: 1,
  description: 'Why: readers see it beside the mark on the pages the correction changes.',
} as const;

const words = {
  type: 'string',
  minLength: 1,
  description: 'The first words of the quotation, where the sentence holds more than one.',
} as const;

/** One correction: exactly one action, with what it names and an optional reason. */
const action = (name: string, value: object, description: string, extra: Record<string, object> = {}, required: string[] = []) => ({
  type: 'object',
  description,
  required: [name, ...required],
  additionalProperties: false,
  properties: { [name]: value, reason, ...extra },
});

export const correctionsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'corrections.schema.json',
  title: 'Corrections',
  description:
    'An editor’s corrections to the alignment of one story: articles/<story>/corrections.yml. Applied after alignment; shown on the pages with a mark and the reason; kept in alignment.json. A correction that no longer matches the text is reported as a warning with its line.',
  type: 'object',
  additionalProperties: false,
  properties: {
    corrections: {
      type: 'array',
      items: {
        oneOf: [
          action('link', sentences, 'These sentences state the same claim: the others join the first one’s claim.'),
          action('unlink', sentence, 'This sentence does not belong to its claim: it stands alone.'),
          action('split', sentences, 'These sentences leave their claim together, as a claim of their own.'),
          action('merge', sentences, 'The claims of these sentences are one claim.'),
          action('hide', sentence, 'Leave this sentence out of the comparison (it stays in its article, marked).', {}, ['reason']),
          action('not-a-quote', sentence, 'The quotation in this sentence is not one (a term in quotation marks).', { words }),
          action(
            'speaker',
            { type: ['string', 'null'], description: 'Who is quoted; null: the text names no one.' },
            'Set (or clear, with null) the speaker of the quotation in the sentence “quote:” names.',
            { quote: sentence, words },
            ['quote'],
          ),
        ],
      },
    },
  },
} as const;
