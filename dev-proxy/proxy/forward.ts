// The one route that forwards: resolve the upstream from the path, hand the request to reply-from,
// and relay the answer. Only answers that name O2G endpoints (json-rewrite.ts) are read whole and
// rewritten so their URLs lead back here; everything else is streamed as it comes. Nothing an upstream
// sends can make this code throw out of a callback: what cannot be rewritten goes on unchanged.
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientOriginOf, clientViewOf } from './client-view';
import { COOKIES_HEADER, CREDENTIAL_HEADER, isCookieValue } from './cookies';
import { endpointAnswerOf, rewriteEndpointAnswer, type EndpointAnswer } from './json-rewrite';
import { readForRewrite } from './read-for-rewrite';
import { reachedByLoopback, sendForbidden } from './refusals';
import { resolveUpstream } from './resolve-upstream';
import type { RewriteBudget } from './rewrite-budget';
import type { SessionVault } from './session-vault';
import { endsSession, requestCredential, sessionKeyOf, setCookieCredential } from './session-owners';
import { DISCOVERY, type OriginOwner, type UpstreamAllowList } from './targets';
import { clientResponseHeaders, upstreamRequestHeaders } from './upstream-headers';
import { upstreamErrorBody } from './upstream-errors';
import { vaultStepOf } from './vault-forward';
import { vaultUseOf } from './vault-guard';
import { mapUpstreamUrl, prefixOf, type ClientView } from './url-mapping';

/** The part of a reply the relaying helpers use (reply-from hands over a wider reply type). */
interface RelayReply {
  readonly sent: boolean;
  readonly raw: unknown;
  send(payload: unknown): unknown;
  code(status: number): { send(payload: unknown): unknown };
  header(name: string, value: string): unknown;
}

/** What the log line of a request names. */
export interface RequestRecord {
  target: string;
  path: string;
}

/** What the forwarding route shares across requests. */
export interface ForwardContext {
  allowList: UpstreamAllowList;
  budget: RewriteBudget;
  /** Tells the request log where each request went. */
  record: (request: FastifyRequest, entry: RequestRecord) => void;
  /** Reports a failure the client could not be told about (already answering). */
  report: (message: string) => void;
  /** The console's sign-ins: credentials kept here, handles in the browser. */
  vault: SessionVault;
  /** Console origins configured besides the proxy's own (the vault's Origin check). */
  allowOrigins: ReadonlySet<string>;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** Builds the forwarding handler. */
export function forwardHandler(context: ForwardContext) {
  const { allowList, budget, record, report, vault } = context;
  return (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const resolution = resolveUpstream(request.url, allowList);
    if (resolution.kind === 'refuse') {
      const { message, refusal, target } = resolution;
      if (refusal === 'not-a-target') {
        return sendForbidden(reply, message, { refusal, target, startedHere: reachedByLoopback(request) });
      }
      return sendForbidden(reply, message, refusal ? { refusal } : {});
    }
    const { address, upstreamUrl } = resolution;
    record(request, { target: address.origin, path: address.pathAndQuery });

    const ownCredential = headerValue(request.headers[CREDENTIAL_HEADER]);
    if (ownCredential !== undefined && !isCookieValue(ownCredential)) {
      return reply
        .code(400)
        .send({ error: 'bad-request', message: `${CREDENTIAL_HEADER} is not a plain credential value` });
    }
    const use = vaultUseOf(request, vault, context.allowOrigins);
    if (use.kind === 'refuse') return sendForbidden(reply, use.message);
    const view = clientViewOf(request, resolution.form === 'root' ? address.origin : undefined);
    const endpoint = request.method === 'HEAD' ? undefined : endpointAnswerOf(upstreamUrl.pathname);
    const vaultStep = vaultStepOf({
      request,
      use,
      vault,
      endpoint,
      upstreamUrl,
      origin: address.origin,
      clientOrigin: view.clientOrigin,
      ownCredential: ownCredential !== undefined,
    });
    const credential = ownCredential ?? vaultStep.credential;
    const origin = headerValue(request.headers.origin);
    const cookieScope = {
      path: view.rootOrigin === address.origin ? '/' : prefixOf(address.origin),
      clientSecure: request.protocol === 'https',
      crossSite: origin !== undefined && origin !== clientOriginOf(request),
    };
    const dropCookies =
      vaultStep.dropCookies || headerValue(request.headers[COOKIES_HEADER])?.toLowerCase() === 'none';
    const sessionCredential = requestCredential(credential, request.headers.cookie);
    // Hashed only when needed: most answers teach nothing and end nothing.
    const requestOwner = (): OriginOwner =>
      sessionCredential === undefined ? DISCOVERY : sessionKeyOf(sessionCredential);
    // Decided when the headers arrive, used when the body does.
    let rewritesBody = false;
    let cookieCredential: string | undefined;
    const body = request.body;
    const sendsBody = Buffer.isBuffer(body) && request.method !== 'GET' && request.method !== 'HEAD';
    const contentType = headerValue(request.headers['content-type']);

    return reply.from(upstreamUrl.href, {
      ...(sendsBody ? { body, contentType: contentType ?? 'application/octet-stream' } : {}),
      // Every request goes exactly once: a retried POST could make a second call, and the O2G's 503 is news.
      retryDelay: () => null,
      rewriteRequestHeaders: (_request, headers) =>
        upstreamRequestHeaders(headers, credential, contentType !== undefined),
      rewriteHeaders: (headers) => {
        rewritesBody =
          endpoint !== undefined &&
          JSON_TYPE.test(headerValue(headers['content-type']) ?? '') &&
          isIdentity(headerValue(headers['content-encoding'])) &&
          Number(headerValue(headers['content-length']) ?? 0) <= budget.answerBytes;
        if (endpoint === 'authenticate') cookieCredential = setCookieCredential(headers['set-cookie']);
        return clientResponseHeaders(headers, {
          upstreamUrl,
          allowList,
          view,
          owner: requestOwner,
          cookieScope,
          dropCookies,
          rewritesBody,
        });
      },
      onResponse: (_request, proxyReply, upstream) => {
        try {
          const ended = endsSession(request.method, upstreamUrl.pathname, upstream.statusCode);
          if (sessionCredential !== undefined && ended) {
            allowList.forget(sessionKeyOf(sessionCredential));
          }
          if (!vaultStep.onAnswer(proxyReply, upstream.statusCode, ended, rewritesBody)) {
            // A sign-in answer the vault cannot read would hand the credential to the browser.
            upstream.stream.destroy();
            proxyReply.code(502).send({ error: 'proxy', message: 'the sign-in answer could not be read' });
            return;
          }
          if (!rewritesBody || endpoint === undefined) {
            streamOn(proxyReply, upstream.stream);
            return;
          }
          const answerOwner = (answerCredential: string | undefined): OriginOwner => {
            if (endpoint === 'discovery') return DISCOVERY;
            const handedOut = answerCredential ?? cookieCredential;
            return handedOut === undefined ? requestOwner() : sessionKeyOf(handedOut);
          };
          rewriteOn(proxyReply, upstream.stream, endpoint, answerOwner, upstream.statusCode);
        } catch (error) {
          failOn(proxyReply, upstream.stream, error);
        }
      },
      onError: (proxyReply, { error }) => {
        proxyReply
          .code(502)
          .type('application/json; charset=utf-8')
          .send(upstreamErrorBody(address.origin, error));
      },
    });

    function rewriteOn(
      proxyReply: RelayReply,
      stream: Readable,
      kind: EndpointAnswer,
      ownerFor: (answerCredential: string | undefined) => OriginOwner,
      status: number,
    ): void {
      const abandon = readForRewrite(stream, budget, (outcome) => {
        try {
          if (outcome.kind === 'failed') {
            if (!proxyReply.sent) proxyReply.code(502).send(upstreamErrorBody(address.origin, outcome.error));
          } else if (outcome.kind === 'too-large') {
            if (vaultStep.guardsAnswer) throw new Error('the sign-in answer is too large to read');
            streamOn(proxyReply, outcome.stream);
          } else {
            const rewritten = rewriteEndpointAnswer(outcome.body, kind, mapperOf(view, ownerFor));
            proxyReply.send(vaultStep.onWhole(proxyReply, status, rewritten, cookieCredential));
          }
        } catch (error) {
          // The rewriter does not throw on any input; should it ever, the answer goes on as it came,
          // except a sign-in the vault guards: its answer carries the credential.
          report(`could not rewrite an answer from ${address.origin}: ${String(error)}`);
          if (vaultStep.guardsAnswer) {
            if (outcome.kind === 'too-large') outcome.stream.destroy();
            if (!proxyReply.sent)
              proxyReply.code(502).send({ error: 'proxy', message: 'the sign-in answer could not be read' });
          } else if (outcome.kind === 'whole' && !proxyReply.sent) proxyReply.send(outcome.body);
        }
      });
      (proxyReply.raw as ServerResponse).once('close', abandon);
    }
  };

  function mapperOf(view: ClientView, ownerFor: (credential: string | undefined) => OriginOwner) {
    return (answerCredential: string | undefined) => {
      // Found once per answer, and only if one of its URLs teaches an origin (hashing is not free).
      let owner: OriginOwner | undefined;
      const ownerOnce = (): OriginOwner => (owner ??= ownerFor(answerCredential));
      return (url: string) => mapUpstreamUrl(url, allowList, view, ownerOnce);
    };
  }

  function failOn(proxyReply: RelayReply, stream: Readable, error: unknown): void {
    report(`could not relay an answer: ${String(error)}`);
    stream.destroy();
    if (!proxyReply.sent)
      proxyReply.code(502).send({ error: 'proxy', message: 'the answer could not be relayed' });
  }
}

/** Streams an answer as it comes; Fastify writes the head with the first chunk, so flush it now. */
function streamOn(proxyReply: RelayReply, stream: Readable): void {
  proxyReply.send(stream);
  const raw = proxyReply.raw as ServerResponse;
  setImmediate(() => {
    if (!raw.headersSent && !raw.destroyed) raw.flushHeaders();
  });
}

function isIdentity(encoding: string | undefined): boolean {
  return encoding === undefined || encoding === '' || encoding.toLowerCase() === 'identity';
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
