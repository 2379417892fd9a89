// A bounded load generator: a fixed number of workers, each sending one request after another on a
// keep-alive connection of its own, for a fixed time (and at most a fixed count), on loopback.
import http from 'node:http';
import https from 'node:https';
import { percentile } from './stats';

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** PEM of the certificate to trust, for an https URL. */
  caPem?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const MAX_REQUESTS = 500_000;

export async function runLoad(
  target: LoadTarget,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const url = new URL(target.url);
  const secure = url.protocol === 'https:';
  const agent = secure
    ? new https.Agent({
        keepAlive: true,
        maxSockets: concurrency,
        ...(target.caPem ? { ca: target.caPem } : {}),
      })
    : new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const send = secure ? https.request : http.request;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;

  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const request = send(url, { agent, headers: target.headers }, (response) => {
        response.resume();
        response.once('end', () => {
          latencies.push(performance.now() - t0);
          if (response.statusCode !== 200) errors += 1;
          resolve();
        });
      });
      request.once('error', () => {
        errors += 1;
        resolve();
      });
      request.end();
    });

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && latencies.length + errors < MAX_REQUESTS) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
