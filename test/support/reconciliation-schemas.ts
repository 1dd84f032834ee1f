/*
 * JSON Schemas of the W3C Reconciliation Service API 0.2 answers, written for our tests from the
 * specification (Community Group final report, 2023) and the schemas it publishes
 * (reconciliation-api/specs, 0.2/schemas): what every answer of /reconcile must satisfy.
 */

const typeRef = {
  oneOf: [{ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id'] }, { type: 'string' }],
};
const serviceDefinition = {
  type: 'object',
  properties: { service_url: { type: 'string' }, service_path: { type: 'string' }, flyout_service_url: { type: 'string' }, flyout_service_path: { type: 'string', pattern: '\\$\\{id\\}' } },
};
const idTemplate = { type: 'string', pattern: '\\{\\{id\\}\\}' };

export const MANIFEST = {
  type: 'object',
  required: ['versions', 'name', 'identifierSpace', 'schemaSpace'],
  properties: {
    versions: { type: 'array', items: { type: 'string' }, contains: { const: '0.2' } },
    name: { type: 'string' },
    identifierSpace: { type: 'string' },
    schemaSpace: { type: 'string' },
    defaultTypes: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
    },
    view: { type: 'object', required: ['url'], properties: { url: idTemplate } },
    preview: { type: 'object', required: ['url', 'width', 'height'], properties: { url: idTemplate, width: { type: 'integer' }, height: { type: 'integer' } } },
    suggest: { type: 'object', properties: { entity: serviceDefinition, property: serviceDefinition, type: serviceDefinition } },
    extend: {
      type: 'object',
      properties: {
        propose_properties: { type: 'object', properties: { service_url: { type: 'string' }, service_path: { type: 'string' } } },
        property_settings: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'label', 'name'],
            properties: { type: { enum: ['number', 'text', 'checkbox', 'select'] }, label: { type: 'string' }, name: { type: 'string' }, help_text: { type: 'string' } },
          },
        },
      },
    },
    batchSize: { type: 'integer', minimum: 1 },
  },
};

export const RESULT_BATCH = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['result'],
    properties: {
      result: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name', 'score'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            description: { type: 'string' },
            score: { type: 'number' },
            match: { type: 'boolean' },
            type: { type: 'array', items: typeRef },
            features: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, value: { oneOf: [{ type: 'boolean' }, { type: 'number' }] } } },
            },
          },
        },
      },
    },
  },
};

export const SUGGEST_ENTITIES = {
  type: 'object',
  required: ['result'],
  properties: {
    result: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' }, notable: { type: 'array', items: typeRef } },
      },
    },
  },
};

/** Suggest answers for types and properties: items with an id and a name. */
export const SUGGEST_NAMED = {
  type: 'object',
  required: ['result'],
  properties: {
    result: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } } } },
  },
};

export const PROPERTY_PROPOSAL = {
  type: 'object',
  required: ['properties'],
  properties: {
    properties: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } } } },
    type: { type: 'string' },
    limit: { type: 'number' },
  },
};

const extensionValue = {
  oneOf: [
    { type: 'object', additionalProperties: false },
    { type: 'object', required: ['id', 'name'], additionalProperties: false, properties: { id: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } } },
    { type: 'object', required: ['str'], additionalProperties: false, properties: { str: { type: 'string' } } },
    { type: 'object', required: ['float'], additionalProperties: false, properties: { float: { type: 'number' } } },
    { type: 'object', required: ['int'], additionalProperties: false, properties: { int: { type: 'integer' } } },
    { type: 'object', required: ['date'], additionalProperties: false, properties: { date: { type: 'string' } } },
  ],
};

export const EXTEND_RESPONSE = {
  type: 'object',
  required: ['meta', 'rows'],
  properties: {
    meta: {
      type: 'array',
      items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } } } },
    },
    rows: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'array', items: extensionValue } } },
  },
};
