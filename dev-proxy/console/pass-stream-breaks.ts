import type { IncomingMessage, ServerResponse } from 'node:http';

/** What this needs of Vite's dev-server proxy: its `proxyRes` event. */
export interface ProxyResponses {
  on(
    event: 'proxyRes',
    listener: (proxyRes: IncomingMessage, request: IncomingMessage, response: ServerResponse) => void,
  ): unknown;
}

/**
 * Vite's dev-server proxy pipes each answer to the browser, and when an answer breaks off half-way
 * (the dev proxy lost the O2G in the middle of the event stream) it leaves the browser's side open:
 * the console would show "Live" on a dead O2G for ever. Breaking the browser's side off too lets the
 * console see the drop, say so and reconnect. Answers that end normally are not touched.
 */
export function passStreamBreaks(proxy: ProxyResponses): void {
  proxy.on('proxyRes', (proxyRes, _request, response) => {
    proxyRes.once('close', () => {
      if (!proxyRes.complete && !response.destroyed) response.destroy();
    });
  });
}
