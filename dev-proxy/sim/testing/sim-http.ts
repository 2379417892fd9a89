// Test helpers for talking to a simulator over real sockets. node:http(s) rather than fetch where fetch
// cannot do the job: it refuses self-signed certificates and does not let a caller choose the Host header.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request over node:http or node:https; self-signed certificates are accepted. */
export function rawRequest(url: string, init: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      { method: init.method ?? 'GET', headers: init.headers, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Starts an app on a free loopback port and returns its origin. */
export async function listenOnFreePort(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The value of an HTTP Basic Authorization header. */
export function basic(loginName: string, password: string): string {
  return `Basic ${Buffer.from(`${loginName}:${password}`, 'utf8').toString('base64')}`;
}

/** The Cookie header O2G clients send after authentication. */
export function credentialCookie(credential: string): string {
  return `AlcUserId=${credential}`;
}
