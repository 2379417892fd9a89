// The O2G answers that name O2G endpoints, and the fields in them that do (docs/decisions/0002):
//   discovery      GET  /api/rest                          versions[].publicUrl, versions[].internalUrl
//   authenticate   GET  /api/rest/authenticate             publicUrl, internalUrl (the sessions URL)
//   session        POST|GET /api/rest/{v}/sessions         publicBaseUrl, privateBaseUrl
//   subscription   POST|PUT /api/rest/{v}/subscriptions[/{id}]  publicPollingUrl, privatePollingUrl
// Only these fields are rewritten and only they teach the proxy an origin. Any other string, anywhere
// (a phone-set key label, a display name a user typed), is the user's text: it is passed on as written
// and teaches nothing.

/** The kinds of answer that carry O2G endpoint URLs. */
export type EndpointAnswer = 'discovery' | 'authenticate' | 'session' | 'subscription';

const ENDPOINT_PATHS: readonly [RegExp, EndpointAnswer][] = [
  [/^\/api\/rest\/?$/, 'discovery'],
  [/^\/api\/rest\/authenticate\/?$/, 'authenticate'],
  [/^\/api\/rest\/[^/]+\/sessions\/?$/, 'session'],
  [/^\/api\/rest\/[^/]+\/subscriptions(?:\/[^/]+)?\/?$/, 'subscription'],
];

/** Which endpoint answer an upstream path gives, or undefined: then the answer is streamed untouched. */
export function endpointAnswerOf(upstreamPath: string): EndpointAnswer | undefined {
  return ENDPOINT_PATHS.find(([pattern]) => pattern.test(upstreamPath))?.[1];
}

const TOP_LEVEL_FIELDS: Record<Exclude<EndpointAnswer, 'discovery'>, readonly string[]> = {
  authenticate: ['publicUrl', 'internalUrl'],
  session: ['publicBaseUrl', 'privateBaseUrl'],
  subscription: ['publicPollingUrl', 'privatePollingUrl'],
};
const VERSION_FIELDS = ['publicUrl', 'internalUrl'];

/** Nesting the rewriter accepts; O2G endpoint answers are 2 or 3 deep. */
export const MAX_REWRITE_DEPTH = 16;

/** Maps one endpoint URL (and learns its origin); returns the text unchanged when it is not ours. */
export type EndpointUrlMapper = (url: string) => string;

/** A rewritten answer, and the credential an authenticate answer handed out (its session's key). */
export interface RewrittenAnswer {
  body: Buffer;
  credential?: string;
}

/**
 * Rewrites the endpoint fields of an answer given as bytes. Whatever cannot be read within bounds (not
 * JSON, nested deeper than {@link MAX_REWRITE_DEPTH}, not the expected shape) comes back byte for byte:
 * the proxy never turns an O2G answer into something the O2G did not say. `mapperFor` gets the
 * credential an authenticate answer hands out, so that what it names belongs to that session.
 */
export function rewriteEndpointAnswer(
  body: Buffer,
  kind: EndpointAnswer,
  mapperFor: (answerCredential: string | undefined) => EndpointUrlMapper,
): RewrittenAnswer {
  if (nestingDepth(body) > MAX_REWRITE_DEPTH) return { body };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { body };
  }
  if (!isRecord(parsed)) return { body };
  const credential = kind === 'authenticate' ? stringField(parsed, 'credential') : undefined;
  const mapUrl = mapperFor(credential);
  const changed =
    kind === 'discovery'
      ? rewriteVersions(parsed, mapUrl)
      : rewriteFields(parsed, TOP_LEVEL_FIELDS[kind], mapUrl);
  const out = changed ? Buffer.from(JSON.stringify(parsed), 'utf8') : body;
  return credential === undefined ? { body: out } : { body: out, credential };
}

function rewriteVersions(answer: Record<string, unknown>, mapUrl: EndpointUrlMapper): boolean {
  const versions = answer.versions;
  if (!Array.isArray(versions)) return false;
  let changed = false;
  for (const version of versions) {
    if (isRecord(version) && rewriteFields(version, VERSION_FIELDS, mapUrl)) changed = true;
  }
  return changed;
}

function rewriteFields(
  record: Record<string, unknown>,
  fields: readonly string[],
  mapUrl: EndpointUrlMapper,
): boolean {
  let changed = false;
  for (const field of fields) {
    const value = stringField(record, field);
    if (value === undefined) continue;
    const mapped = mapUrl(value);
    if (mapped !== value) {
      record[field] = mapped;
      changed = true;
    }
  }
  return changed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, field: string): string | undefined {
  const value = Object.hasOwn(record, field) ? record[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * How deep the arrays and objects of a JSON text nest, found by one pass over the bytes (brackets inside
 * strings do not count). It stops counting past the bound, so a hostile body costs one scan at most.
 */
export function nestingDepth(body: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index];
    if (inString) {
      if (byte === 0x5c)
        index += 1; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_REWRITE_DEPTH) return deepest;
    } else if (byte === 0x5d || byte === 0x7d) depth -= 1;
  }
  return deepest;
}
