// The floor the dev proxy is measured against: the least a Node reverse proxy can do in front of the
// lab. node:http takes the request, one keep-alive https.Agent carries it to the lab (trusting the
// lab's CA the way the dev proxy does: the public roots plus that CA, in one TLS context), status and
// headers are copied, and both bodies are piped through as they come.
//
// What it deliberately does not do, because the dev proxy's price for doing it is the thing measured:
// no allow-list of targets (every path goes to the one origin), no Host or CORS checks, no URL
// rewriting of paths or answers, no credential handling (X-O2G-Credential, the session vault, cookie
// scoping), no request log. It is a benchmark baseline, never something to put in front of a browser.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSecureContext, rootCertificates } from 'node:tls';

/** A listening forwarder. */
export interface MinimalForwarder {
  /** Where clients reach it, e.g. `http://127.0.0.1:40123`. */
  url: string;
  close(): Promise<void>;
}

/** Headers of the client's connection to us, not ours to the lab (and Host names us, not the lab). */
const HOP_HEADERS = new Set(['host', 'connection', 'keep-alive']);

/** Forwards every request to `origin` (an https origin whose certificate `caPem` vouches for). */
export async function startMinimalForwarder(origin: string, caPem: string): Promise<MinimalForwarder> {
  const upstream = new URL(origin);
  const agent = new https.Agent({
    keepAlive: true,
    secureContext: createSecureContext({ ca: [...rootCertificates, caPem] }),
  });

  const server = http.createServer((request, response) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const name in request.headers) {
      if (!HOP_HEADERS.has(name)) headers[name] = request.headers[name];
    }
    const outgoing = https.request(
      {
        agent,
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', () => {
      if (response.headersSent) response.destroy();
      else response.writeHead(502).end();
    });
    // A client that goes away takes its upstream request with it.
    request.on('error', () => outgoing.destroy());
    response.on('close', () => {
      if (!response.writableFinished) outgoing.destroy();
    });
    request.pipe(outgoing);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
