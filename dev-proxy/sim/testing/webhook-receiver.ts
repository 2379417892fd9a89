// A real HTTP server on a free loopback port that records what is POSTed to it, as an application's
// web-hook endpoint would receive O2G events.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  contentType: string;
  body: unknown;
}

export interface WebHookReceiver {
  /** The URL to subscribe with (path `/o2g/events`). */
  url: string;
  posts: ReceivedPost[];
  /** Resolves once `count` posts have arrived (fails the test by its timeout otherwise). */
  received(count: number): Promise<ReceivedPost[]>;
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

export async function startWebHookReceiver(): Promise<WebHookReceiver> {
  const posts: ReceivedPost[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      posts.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body: JSON.parse(text) as unknown,
      });
      response.writeHead(204).end();
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const received = async (count: number) => {
    while (posts.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    return posts.slice(0, count);
  };
  return {
    url: `http://127.0.0.1:${port}/o2g/events`,
    posts,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
