// alignment.schema.json: a valid draft 2020-12 schema that the alignment beside it satisfies.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/render/index.js';
import { alignmentSchema } from '../../src/render/schema.js';
import { fixtureStory, STORY_ID, renderOptions } from './fixture.js';

describe('alignment.schema.json', () => {
  const files = renderSite([fixtureStory()], renderOptions());
  const schema = JSON.parse(String(files.get(`${STORY_ID}/alignment.schema.json`)));
  const alignment = JSON.parse(String(files.get(`${STORY_ID}/alignment.json`)));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);

  it('is the schema module, as draft 2020-12', () => {
    expect(schema).toEqual(alignmentSchema);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the alignment written beside it', () => {
    expect(validate(alignment), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects an alignment with a wrong field', () => {
    const broken = structuredClone(alignment);
    broken.claims[0].kind = 'rumour';
    delete broken.overlap;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e: { instancePath: string; params: unknown }) => e.instancePath || e.params)).toHaveLength(2);
  });
});
