/** JSON schemas shared by the API routes (Fastify validates with them and @fastify/swagger documents them). */
export const EVENT_TYPES = ['ALLEGATION', 'DENIAL', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'THREAT', 'DEMAND', 'DEESCALATION'];
export const STATUSES = ['active', 'escalating', 'cooling', 'dormant', 'resolved'];

// Years 0001-9999: PostgreSQL has no year 0, and JavaScript's dates take years PostgreSQL does not.
export const dateString = { type: 'string', format: 'date', pattern: '^(?!0000)\\d{4}-', description: 'YYYY-MM-DD' } as const;
/** The largest id of a `serial` table (disputes, entities, alert rules) and of a `bigserial` one that JSON carries exactly. */
export const MAX_INT_ID = 2_147_483_647;
export const MAX_BIGINT_ID = Number.MAX_SAFE_INTEGER;
export const limit = (max: number, dflt: number) => ({ type: 'integer', minimum: 1, maximum: max, default: dflt }) as const;
export const cursor = { type: 'string', maxLength: 200, description: 'opaque cursor from next_cursor' } as const;
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;

/** A comma-separated list of event types. */
export const typeList = {
  type: 'string',
  maxLength: 200,
  pattern: `^(${EVENT_TYPES.join('|')})(,(${EVENT_TYPES.join('|')}))*$`,
  description: 'comma-separated event types',
} as const;

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const sourceRef = {
  type: 'object',
  properties: {
    articleId: { type: 'integer' },
    url: { type: 'string' },
    outlet: { type: 'string' },
    title: { type: ['string', 'null'] },
    publishedAt: { type: ['string', 'null'] },
    sentence: { type: 'string' },
    quote: { type: ['string', 'null'] },
    syndicatedBy: { type: 'array', items: { type: 'object', properties: { outlet: { type: 'string' }, url: { type: 'string' } } } },
  },
} as const;

export const timelineEntry = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    date: { type: 'string' },
    type: { type: 'string' },
    actor: { type: 'string' },
    target: { type: ['string', 'null'] },
    /** Every target of one act against many (the target alone otherwise). */
    targets: { type: 'array', items: { type: 'string' } },
    sentence: { type: 'string' },
    quote: { type: ['string', 'null'] },
    issue: { type: ['string', 'null'] },
    confidence: { type: 'number' },
    corroboration: { type: 'integer' },
    firstReportedAt: { type: 'string' },
    answersEntryId: { type: ['integer', 'null'] },
    sources: { type: 'array', items: sourceRef },
  },
} as const;

export const disputeSummary = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    title: { type: 'string' },
    issue: { type: 'string' },
    status: { type: 'string' },
    level: { type: 'integer' },
    levelType: { type: ['string', 'null'] },
    escalationIndex: { type: 'number' },
    eventCount: { type: 'integer' },
    parties: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' }, name: { type: 'string' }, kind: { type: 'string' },
          // accuser | accused | forum | authority | restrictor | responder | supporter, and every role it took with the date.
          role: { type: 'string' },
          roles: { type: 'array', items: { type: 'object', properties: { role: { type: 'string' }, since: { type: 'string' } } } },
        },
      },
    },
    firstEventAt: { type: ['string', 'null'] },
    lastEventAt: { type: ['string', 'null'] },
  },
} as const;
