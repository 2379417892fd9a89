// The session vault's part in one forwarded request: which credential goes upstream, what a sign-in
// answer becomes on its way to the browser, and when a handle ends. forward.ts calls these hooks at
// the same points it rewrites URLs, so a request that does not use the vault is untouched.
import type { FastifyRequest } from 'fastify';
import type { EndpointAnswer, RewrittenAnswer } from './json-rewrite';
import type { SessionVault } from './session-vault';
import {
  sessionsUrlsOf,
  serverInfoOf,
  signInLogin,
  vaultSessionOf,
  withoutCredential,
} from './vault-answers';
import { clearedHandleCookie, handleCookie } from './vault-cookie';
import type { VaultUse } from './vault-guard';

/** The part of a reply the hooks touch. */
interface HeaderReply {
  header(name: string, value: string): unknown;
}

const KEEPALIVE_PATH = /^\/api\/rest\/[^/]+\/sessions\/keepalive\/?$/;
const SESSIONS_PATH = /^\/api\/rest\/[^/]+\/sessions\/?$/;

/** The vault's hooks for one request. */
export interface VaultStep {
  /** The vault's credential, to send upstream as the AlcUserId cookie; undefined when it has none to add. */
  credential: string | undefined;
  /** The browser must not get the O2G's cookies (the credential among them). */
  dropCookies: boolean;
  /** A sign-in the vault takes over: its answer must never reach the browser unread. */
  guardsAnswer: boolean;
  /**
   * Called with the upstream status once the headers are in. `false` means the answer must not reach
   * the browser as it is: a sign-in answer the vault could not read would hand the credential over.
   */
  onAnswer(reply: HeaderReply, status: number, endsSession: boolean, rewritable: boolean): boolean;
  /** Turns a rewritten answer into what the browser gets. */
  onWhole(
    reply: HeaderReply,
    status: number,
    rewritten: RewrittenAnswer,
    setCookieCredential?: string,
  ): Buffer;
}

export interface VaultRequest {
  request: FastifyRequest;
  use: Exclude<VaultUse, { kind: 'refuse' }>;
  vault: SessionVault;
  endpoint: EndpointAnswer | undefined;
  upstreamUrl: URL;
  origin: string;
  clientOrigin: string;
  /** The client sent its own X-O2G-Credential: the vault stays out of the way. */
  ownCredential: boolean;
}

/** The hooks for one request. */
export function vaultStepOf(context: VaultRequest): VaultStep {
  const { request, use, vault, endpoint, upstreamUrl } = context;
  const entry = use.kind === 'entry' ? use.entry : undefined;
  const secure = request.protocol === 'https';
  const signIn = endpoint === 'authenticate' && (use.kind === 'entry' || use.signIn);
  // The vault's credential goes on every request of the session but a new sign-in, unless the client
  // brought its own.
  const credential = entry && !signIn && !context.ownCredential ? entry.credential : undefined;
  if (entry) vault.seen(entry.handle);
  const ok = (status: number) => status >= 200 && status < 300;

  return {
    credential,
    dropCookies: signIn || entry !== undefined,
    guardsAnswer: signIn,
    onAnswer(reply, status, endsSession, rewritable) {
      if (signIn && ok(status)) return rewritable;
      if (entry && credential !== undefined && endsSession) {
        vault.end(entry.handle);
        reply.header('set-cookie', clearedHandleCookie(secure));
      } else if (use.kind === 'stale') {
        reply.header('set-cookie', clearedHandleCookie(secure));
      }
      const session = entry?.session;
      if (
        entry &&
        session &&
        ok(status) &&
        request.method === 'POST' &&
        KEEPALIVE_PATH.test(upstreamUrl.pathname)
      )
        vault.sessionRefreshed(entry.handle, { ...session, refreshedAt: Date.now() });
      return true;
    },
    onWhole(reply, status, rewritten, setCookieCredential) {
      if (!ok(status)) return rewritten.body;
      if (endpoint === 'discovery') vault.noteServerInfo(context.origin, serverInfoOf(rewritten.body));
      const handed = rewritten.credential ?? setCookieCredential;
      if (signIn && handed !== undefined) {
        const body = withoutCredential(rewritten.body);
        if (body === undefined) throw new Error('the authenticate answer could not be read');
        const handle = vault.open({
          credential: handed,
          origin: context.origin,
          loginName: signInLogin(rewritten.body, headerValue(request.headers.authorization)),
          sessionsUrls: sessionsUrlsOf(rewritten.body),
        });
        reply.header('set-cookie', handleCookie(handle, secure));
        return body;
      }
      if (entry && credential !== undefined && endpoint === 'session' && request.method === 'POST') {
        const sessionsUrl = `${context.clientOrigin}${request.url.split('?')[0] ?? ''}`;
        const { publicUrl, internalUrl } = entry.sessionsUrls;
        const urlKind = sessionsUrl === internalUrl && sessionsUrl !== publicUrl ? 'internal' : 'public';
        const session = vaultSessionOf(
          rewritten.body,
          { sessionsUrl, upstreamSessionsUrl: upstreamUrl.href, urlKind },
          Date.now(),
        );
        if (session && SESSIONS_PATH.test(upstreamUrl.pathname))
          vault.sessionRefreshed(entry.handle, session);
      }
      return rewritten.body;
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
