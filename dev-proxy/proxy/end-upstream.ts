// The one request the proxy makes on its own: deleting an O2G session whose last console tab is gone.
// It trusts the same certificates as the forwarding does, and reports only a redacted line.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { SecureContext } from 'node:tls';
import { credentialCookie } from './cookies';

export interface EndUpstreamOptions {
  secureContext?: SecureContext;
  insecure: boolean;
  /** Where the outcome is told (already redacted by the caller's log). */
  report: (line: string) => void;
  timeoutMs?: number;
}

/** Builds the DELETE of a session; the returned function never throws. */
export function endUpstreamSession(options: EndUpstreamOptions) {
  return (upstreamSessionsUrl: string, credential: string): Promise<void> =>
    new Promise((resolve) => {
      const url = new URL(upstreamSessionsUrl);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const done = (outcome: string) => {
        options.report(`session vault: DELETE ${url.origin}${url.pathname} (no console tab left) ${outcome}`);
        resolve();
      };
      const req = send(
        url,
        {
          method: 'DELETE',
          headers: { cookie: credentialCookie(credential), accept: 'application/json' },
          timeout: options.timeoutMs ?? 15_000,
          ...(url.protocol === 'https:'
            ? {
                rejectUnauthorized: !options.insecure,
                ...(options.secureContext ? { secureContext: options.secureContext } : {}),
              }
            : {}),
        },
        (res) => {
          res.resume();
          res.once('end', () => done(String(res.statusCode)));
          res.once('error', () => done('failed'));
        },
      );
      req.once('timeout', () => req.destroy(new Error('timeout')));
      req.once('error', (error) => done(`failed: ${error.message}`));
      req.end();
    });
}
