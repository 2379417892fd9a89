// The one route that forwards: resolve the upstream from the path, hand the request to reply-from,
// and relay the answer (JSON rewritten so its URLs lead back here, anything else streamed as it comes).
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientOriginOf, clientViewOf } from './client-view';
import { COOKIES_HEADER, CREDENTIAL_HEADER, isCookieValue } from './cookies';
import { rewriteJsonBody } from './json-rewrite';
import { resolveUpstream } from './resolve-upstream';
import { sendForbidden } from './refusals';
import type { UpstreamAllowList } from './targets';
import { clientResponseHeaders, upstreamRequestHeaders } from './upstream-headers';
import { upstreamErrorBody } from './upstream-errors';
import { prefixOf } from './url-mapping';

/** What the log line of a request names. */
export interface RequestRecord {
  target: string;
  path: string;
}

/** Largest JSON answer we buffer to rewrite; O2G answers are a few kilobytes. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** Builds the forwarding handler. `record` tells the request log where each request went. */
export function forwardHandler(
  allowList: UpstreamAllowList,
  record: (request: FastifyRequest, entry: RequestRecord) => void,
) {
  return (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const resolution = resolveUpstream(request.url, allowList);
    if (resolution.kind === 'refuse') return sendForbidden(reply, resolution.message);
    const { address, upstreamUrl } = resolution;
    record(request, { target: address.origin, path: address.pathAndQuery });

    const credential = headerValue(request.headers[CREDENTIAL_HEADER]);
    if (credential !== undefined && !isCookieValue(credential)) {
      return reply
        .code(400)
        .send({ error: 'bad-request', message: `${CREDENTIAL_HEADER} is not a plain credential value` });
    }
    const view = clientViewOf(request, resolution.form === 'root' ? address.origin : undefined);
    const origin = headerValue(request.headers.origin);
    const cookieScope = {
      path: view.rootOrigin === address.origin ? '/' : prefixOf(address.origin),
      clientSecure: request.protocol === 'https',
      crossSite: origin !== undefined && origin !== clientOriginOf(request),
    };
    const dropCookies = headerValue(request.headers[COOKIES_HEADER])?.toLowerCase() === 'none';
    // Decided when the headers arrive, used when the body does.
    let rewritesBody = false;
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
        const type = headerValue(headers['content-type']) ?? '';
        rewritesBody =
          JSON_TYPE.test(type) && request.method !== 'HEAD' && !allowList.isEventChannel(upstreamUrl);
        return clientResponseHeaders(headers, {
          upstreamUrl,
          allowList,
          view,
          cookieScope,
          dropCookies,
          rewritesBody,
        });
      },
      onResponse: (_request, proxyReply, upstream) => {
        if (!rewritesBody) {
          proxyReply.send(upstream.stream);
          // Fastify writes the head with the first chunk; a quiet stream must not hold back the status.
          const raw = proxyReply.raw as ServerResponse;
          setImmediate(() => {
            if (!raw.headersSent && !raw.destroyed) raw.flushHeaders();
          });
          return;
        }
        readAll(upstream.stream).then(
          (bytes) => proxyReply.send(rewriteJsonBody(bytes, allowList, view)),
          (error: unknown) => proxyReply.code(502).send(upstreamErrorBody(address.origin, error)),
        );
      },
      onError: (proxyReply, { error }) => {
        proxyReply
          .code(502)
          .type('application/json; charset=utf-8')
          .send(upstreamErrorBody(address.origin, error));
      },
    });
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_JSON_BYTES) {
      stream.destroy();
      throw new Error(`the JSON answer is larger than ${MAX_JSON_BYTES} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
