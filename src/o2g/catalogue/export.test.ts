import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import postmanSchema from '../../testing/postman-collection-v2.1.schema.json';
import { openApiDocument } from './export-openapi';
import { postmanCollection } from './export-postman';
import { CATALOGUE } from './index';
import { joinCatalogue } from './join';

const BASE = 'https://o2g.example/api/rest/1.0/';
// Every catalogue service, plus one operation only the WADL knows, as a session with a WADL shows them.
const joined = joinCatalogue(
  CATALOGUE,
  CATALOGUE.map(({ serviceName, relativeUrl }) => ({ serviceName, relativeUrl })),
  [
    {
      method: 'POST',
      path: '/telephony/calls/{callRef}/mute',
      params: [{ name: 'callRef', style: 'template', required: true }],
    },
    { method: 'GET', path: '/routing', params: [{ name: 'loginName', style: 'query', required: false }] },
  ],
);
const operationCount = joined.services.reduce((sum, service) => sum + service.operations.length, 0);

describe('the Postman export', () => {
  const collection = postmanCollection(joined, 'O2G lab', BASE);

  it('validates against the collection v2.1 structure', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(postmanSchema);
    expect(validate(collection), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The validator is not a formality: a request without its URL's shape is refused.
    expect(validate({ info: { name: 'x' }, item: [{ name: 'no request' }] })).toBe(false);
  });

  it('has one request per operation, variables baseUrl and an empty credential, path variables in Postman form', () => {
    expect(collection.item.flatMap((folder) => folder.item)).toHaveLength(operationCount);
    expect(collection.variable).toEqual([
      { key: 'baseUrl', value: 'https://o2g.example/api/rest/1.0', type: 'string' },
      { key: 'credential', value: '', type: 'string' },
    ]);
    const hold = collection.item
      .flatMap((folder) => folder.item)
      .find((item) => item.request.url.raw.startsWith('{{baseUrl}}/telephony/calls/:callRef/hold'));
    expect(hold?.request.url.variable).toEqual([expect.objectContaining({ key: 'callRef' })]);
    expect(hold?.request.header).toContainEqual({ key: 'Cookie', value: 'AlcUserId={{credential}}' });
    expect(JSON.parse(hold?.request.body?.raw ?? '')).toEqual({ deviceId: '2001' });
  });
});

describe('the OpenAPI export', () => {
  const document = openApiDocument(joined, 'O2G lab', BASE);

  it('validates as OpenAPI 3.1, its references resolving', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? [], String(JSON.stringify(result.errors)).slice(0, 500)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // And an invalid document is refused by the same validator.
    expect((await new Validator().validate({ openapi: '3.1.0', paths: {} })).valid).toBe(false);
  });

  it('has every joined operation once, with the contract’s body schemas as JSON Schema', () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(operationCount);
    expect(document.paths['/telephony/calls/{callRef}/mute']).toHaveProperty('post');
    const makeCall = document.paths['/telephony/calls']?.post as {
      requestBody: { content: { 'application/json': { schema: { $ref: string } } } };
    };
    const ref = makeCall.requestBody.content['application/json'].schema.$ref;
    const name = ref.replace('#/components/schemas/', '');
    const body = document.components.schemas[name] as { type?: string; required?: string[] };
    expect(body.type).toBe('object');
    expect(body.required).toContain('callee');
    // The recursive directory criterion is lifted into components, not left as `#/$defs/…`.
    expect(JSON.stringify(document)).not.toContain('#/$defs/');
  });
});
