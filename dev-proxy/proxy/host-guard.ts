// Every request must name the proxy in its Host header, whatever address the proxy is bound to
// (DNS rebinding, dev-proxy/shared/host-check.ts). Besides the configured names, the address the
// connection actually arrived on is a name of the proxy too: a browser that typed that address got a
// page from this very server, so no other site can be behind it.
import type { FastifyInstance } from 'fastify';
import { isAllowedHost, normalizeHostName } from '../shared/host-check';
import { forbiddenBody } from './refusals';

/** Refuses, with 403 JSON, every request whose Host is not one of `names` or the local address. */
export function installHostGuard(app: FastifyInstance, names: ReadonlySet<string>): void {
  app.addHook('onRequest', (request, reply, done) => {
    const host = request.headers.host;
    if (isAllowedHost(host, names) || isLocalAddress(host, request.socket.localAddress)) {
      done();
      return;
    }
    void reply
      .code(403)
      .type('application/json; charset=utf-8')
      .send(
        forbiddenBody(
          'the Host header is not a name of this proxy; reach it by a loopback name, its --host ' +
            'address, or a host given with --allow-origin',
        ),
      );
  });
}

function isLocalAddress(host: string | undefined, localAddress: string | undefined): boolean {
  if (host === undefined || localAddress === undefined || /[/\\@?#\s]/.test(host)) return false;
  const local = localAddress.replace(/^::ffff:(?=\d+\.)/i, '');
  const named = normalizeHostName(host);
  const address = normalizeHostName(local.includes(':') ? `[${local}]` : local);
  return named !== undefined && named === address;
}
