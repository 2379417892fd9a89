// The proxy's session endpoint, under /o2g/ because that is all the console can reach behind its
// server: the non-secret facts of the session behind the handle (a reload, a new tab or a deep link
// resumes from them), the tabs' heartbeat, and the explicit "reveal credential" for a copied cURL.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_VAULT_PATH } from '../../src/o2g/contract';
import { sendForbidden } from './refusals';
import type { SessionVault, VaultEntry } from './session-vault';
import { clearedHandleCookie } from './vault-cookie';
import { vaultUseOf } from './vault-guard';

/** Registers GET {@link SESSION_VAULT_PATH}, POST …/heartbeat and POST …/credential. */
export function installVaultRoutes(
  app: FastifyInstance,
  vault: SessionVault,
  allowOrigins: ReadonlySet<string>,
): void {
  /** The entry behind the request's handle, or the answer already sent. */
  const entryOf = (request: FastifyRequest, reply: FastifyReply): VaultEntry | undefined => {
    const use = vaultUseOf(request, vault, allowOrigins);
    if (use.kind === 'refuse') {
      sendForbidden(reply, use.message);
      return undefined;
    }
    if (use.kind === 'entry') {
      vault.seen(use.entry.handle);
      return use.entry;
    }
    if (use.kind === 'stale')
      void reply.header('set-cookie', clearedHandleCookie(request.protocol === 'https'));
    void reply.code(404).send({ error: 'no-session', message: 'No console session is open on this proxy.' });
    return undefined;
  };

  app.get(SESSION_VAULT_PATH, (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    const session = entry.session;
    if (!session) {
      return reply
        .code(404)
        .send({ error: 'no-session', message: 'The sign-in has not opened a session yet.' });
    }
    return reply.header('cache-control', 'no-store').send({
      origin: entry.origin,
      sessionsUrl: session.sessionsUrl,
      urlKind: session.urlKind,
      loginName: entry.loginName,
      serverInfo: vault.serverInfoOf(entry.origin),
      info: session.info,
      refreshedAt: session.refreshedAt,
      expiresAt: session.refreshedAt + session.timeToLiveMs,
      heartbeatMs: vault.heartbeatMs,
    });
  });

  app.post(`${SESSION_VAULT_PATH}/heartbeat`, (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    return reply.header('cache-control', 'no-store').send({ heartbeatMs: vault.heartbeatMs });
  });

  // POST only, with the same checks: a link or a form on another page cannot make the proxy reveal it.
  app.post(`${SESSION_VAULT_PATH}/credential`, (request, reply) => {
    const entry = entryOf(request, reply);
    if (!entry) return reply;
    return reply.header('cache-control', 'no-store').send({ credential: entry.credential });
  });
}
