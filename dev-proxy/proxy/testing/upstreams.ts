// Small real upstreams for the proxy's tests: a server that records every hit (and must stay silent),
// a scripted O2G-like server, and a self-signed https server. Real sockets on port 0, no mocks.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** A running upstream and what it saw. */
export interface TestUpstream {
  origin: string;
  port: number;
  /** `METHOD url` of every request that reached it. */
  hits: string[];
  /** Request headers of every hit, in order. */
  headers: IncomingMessage['headers'][];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, upstream: TestUpstream) => void;

async function listen(server: Server, scheme: 'http' | 'https', handler: Handler): Promise<TestUpstream> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const upstream: TestUpstream = {
    origin: `${scheme}://127.0.0.1:${port}`,
    port,
    hits: [],
    headers: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    upstream.hits.push(`${request.method ?? ''} ${request.url ?? ''}`);
    upstream.headers.push(request.headers);
    handler(request, response, upstream);
  });
  return upstream;
}

/** An http upstream answering with `handler` (default: 200 "hit"). */
export function startHttpUpstream(handler?: Handler): Promise<TestUpstream> {
  return listen(createHttpServer(), 'http', handler ?? ((_request, response) => response.end('hit')));
}

/** Sends a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** A throw-away self-signed certificate for 127.0.0.1, as a lab O2G might have. */
export async function selfSignedPair(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  return { key: pems.private, cert: pems.cert };
}

/** An https upstream with the given certificate, answering a discovery body on every path. */
export function startHttpsUpstream(tls: { key: string; cert: string }): Promise<TestUpstream> {
  return listen(createHttpsServer(tls), 'https', (_request, response, upstream) =>
    sendJson(response, 200, {
      versions: [
        { id: '1.0', status: 'CURRENT', publicUrl: `${upstream.origin}/api/rest/authenticate?version=1.0` },
      ],
    }),
  );
}
