// The console's one way to the embedded lab's test-only controls: /o2g/__lab/<control> on the console's
// own origin becomes /__sim/<control> on the embedded lab, and nowhere else. The route exists only when
// the lab runs with --controls. The browser's Sec-Fetch-Site goes along, so the lab's own cross-site
// guard still judges the page that asked; a page of another origin is refused here before that.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROXY_LAB_CONTROLS_PATH } from '../../src/o2g/contract';
import { clientOriginOf } from './client-view';
import { pathRefusal, sendForbidden } from './refusals';
import { upstreamErrorBody } from './upstream-errors';

/** The lab's own prefix for its controls (dev-proxy/sim/control). */
const LAB_CONTROL_PREFIX = '/__sim';
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
/** Only what a control needs travels: never the console's credential, cookies or vault handle. */
const FORWARDED_HEADERS = ['accept', 'content-type', 'sec-fetch-site', 'sec-fetch-mode'] as const;

export interface LabControlsRouteOptions {
  /** The embedded lab's origin when it runs with --controls; undefined: the route answers 404. */
  labOrigin: string | undefined;
  /** Console origins allowed besides the proxy's own (the same list as CORS). */
  allowOrigins: ReadonlySet<string>;
  /** Tells the request log where the request went. */
  record: (request: FastifyRequest, entry: { target: string; path: string }) => void;
}

/** Where a control request goes on the lab, or why it goes nowhere. */
export function labControlUrl(rawUrl: string, labOrigin: string): URL | string {
  const refusal = pathRefusal(rawUrl);
  if (refusal !== undefined) return refusal;
  const rest = rawUrl.slice(PROXY_LAB_CONTROLS_PATH.length);
  if (!rest.startsWith('/')) return `write a lab control as ${PROXY_LAB_CONTROLS_PATH}/<control>`;
  const url = new URL(`${LAB_CONTROL_PREFIX}${rest}`, labOrigin);
  // Belt and braces: whatever the path holds, the request stays on the lab and under its controls.
  if (url.origin !== labOrigin || !url.pathname.startsWith(`${LAB_CONTROL_PREFIX}/`))
    return 'the path would leave the lab controls';
  return url;
}

/** Registers /o2g/__lab/*: forwarded to the lab's controls when they are on, a 404 otherwise. */
export function installLabControlsRoute(app: FastifyInstance, options: LabControlsRouteOptions): void {
  const { labOrigin, allowOrigins, record } = options;
  app.route({
    method: [...METHODS],
    url: `${PROXY_LAB_CONTROLS_PATH}/*`,
    handler: (request: FastifyRequest, reply: FastifyReply) => {
      if (labOrigin === undefined) {
        return reply.code(404).send({
          error: 'not-found',
          message: 'No lab controls here: the embedded lab runs without --controls, or there is none.',
        });
      }
      const origin = request.headers.origin;
      if (origin !== undefined && !allowOrigins.has(origin) && origin !== clientOriginOf(request))
        return sendForbidden(reply, 'Lab controls answer the console only, not pages of another origin');
      const target = labControlUrl(request.url, labOrigin);
      if (typeof target === 'string') return sendForbidden(reply, target);
      record(request, { target: labOrigin, path: `${target.pathname}${target.search}` });

      const body = request.body;
      const sendsBody = Buffer.isBuffer(body) && request.method !== 'GET';
      return reply.from(target.href, {
        ...(sendsBody ? { body, contentType: request.headers['content-type'] ?? 'application/json' } : {}),
        // A control acts once: a retried POST would answer or reset twice.
        retryDelay: () => null,
        rewriteRequestHeaders: (_request, headers) => {
          const kept: Record<string, string> = { host: target.host };
          for (const name of FORWARDED_HEADERS) {
            const value = headers[name];
            if (typeof value === 'string') kept[name] = value;
          }
          return kept;
        },
        rewriteHeaders: (headers) => {
          const kept: Record<string, string | string[] | undefined> = {};
          for (const [name, value] of Object.entries(headers))
            if (!name.startsWith('access-control-') && name !== 'set-cookie') kept[name] = value;
          return kept;
        },
        onError: (failed, { error }) => {
          void failed.code(502).send(upstreamErrorBody(labOrigin, error));
        },
      });
    },
  });
}
