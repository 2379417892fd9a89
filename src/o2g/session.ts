import type { ProxiedAuthenticationAnswer } from './contract/authentication';
import { proxiedAuthenticationAnswerSchema } from './contract/authentication';
import type { DiscoveryAnswer, ServerInfo } from './contract/discovery';
import { discoveryAnswerSchema, O2G_API_VERSION } from './contract/discovery';
import { CREDENTIAL_HEADER } from './contract/proxy';
import type { SessionInfo } from './contract/session';
import { sessionInfoSchema } from './contract/session';
import { O2gError } from './errors';
import type { O2gHttp } from './http';

/** The three requests of a sign-in, in order. */
export type HandshakeStep = 'discovery' | 'authentication' | 'session';

/** Which family of absolute URLs the client follows: the O2G returns a public and an internal one at each step. */
export type UrlKind = 'public' | 'internal';

export interface SignInRequest {
  /** `…/api/rest` of the O2G, through the proxy. */
  discoveryUrl: string;
  loginName: string;
  password: string;
  applicationName: string;
  urlKind: UrlKind;
}

/**
 * An open O2G session: everything later requests need. The credential is here (memory only) when the
 * console holds it; when the proxy's session vault holds it, it is absent and the browser's HttpOnly
 * handle cookie stands for it.
 */
export interface O2gSession {
  serverInfo: ServerInfo;
  loginName: string;
  credential?: string;
  /** The sessions collection: keepalive, get and delete go here. */
  sessionsUrl: string;
  /** `publicBaseUrl` or `privateBaseUrl`: services' relative URLs are appended to it. */
  baseUrl: string;
  urlKind: UrlKind;
  info: SessionInfo;
  /** When the session was opened or last kept alive (ms since the epoch, client clock). */
  refreshedAt: number;
}

/** Progress of a sign-in, for the handshake ladder. */
export type HandshakeListener = (
  step: HandshakeStep,
  phase: 'started' | 'done' | 'failed',
  url: string,
) => void;

/**
 * Signs in the way every O2G SDK does: discovery, then authentication on the URL discovery gave, then a
 * session on the URL authentication gave. No URL after the first is built by the console.
 */
export async function signIn(
  http: O2gHttp,
  request: SignInRequest,
  onStep?: HandshakeListener,
): Promise<O2gSession> {
  const step = async <T>(name: HandshakeStep, url: string, run: () => Promise<T>): Promise<T> => {
    onStep?.(name, 'started', url);
    try {
      const result = await run();
      onStep?.(name, 'done', url);
      return result;
    } catch (error) {
      onStep?.(name, 'failed', url);
      throw error;
    }
  };

  const discovery = await step('discovery', request.discoveryUrl, async () => {
    const answer = await http.request('GET', request.discoveryUrl, discoveryAnswerSchema);
    return answer.data;
  });
  const authenticateUrl = pickAuthenticateUrl(discovery, request);

  const authentication: ProxiedAuthenticationAnswer = await step(
    'authentication',
    authenticateUrl,
    async () => {
      const answer = await http.request('GET', authenticateUrl, proxiedAuthenticationAnswerSchema, {
        basic: { login: request.loginName, password: request.password },
      });
      return answer.data;
    },
  );
  const sessionsUrl = request.urlKind === 'internal' ? authentication.internalUrl : authentication.publicUrl;

  const info = await step('session', sessionsUrl, async () => {
    const answer = await http.request('POST', sessionsUrl, sessionInfoSchema, {
      json: { applicationName: request.applicationName },
      credential: authentication.credential,
    });
    return answer.data;
  });

  return {
    serverInfo: discovery.serverInfo,
    loginName: info.login ?? authentication.loginName ?? request.loginName,
    ...(authentication.credential === undefined ? {} : { credential: authentication.credential }),
    sessionsUrl,
    baseUrl: request.urlKind === 'internal' ? info.privateBaseUrl : info.publicBaseUrl,
    urlKind: request.urlKind,
    info,
    refreshedAt: Date.now(),
  };
}

function pickAuthenticateUrl(discovery: DiscoveryAnswer, request: SignInRequest): string {
  // Like the SDKs: the version asked for, else the one marked CURRENT.
  const version =
    discovery.versions.find((candidate) => candidate.id === O2G_API_VERSION) ??
    discovery.versions.find((candidate) => candidate.status === 'CURRENT');
  if (!version) {
    throw new O2gError({
      failure: 'not-o2g',
      method: 'GET',
      url: request.discoveryUrl,
      status: 200,
      detail: `This O2G offers no REST API version ${O2G_API_VERSION}`,
    });
  }
  return request.urlKind === 'internal' ? version.internalUrl : version.publicUrl;
}

/** Renews the session's time to live. */
export async function keepAlive(http: O2gHttp, session: O2gSession): Promise<void> {
  await http.request('POST', `${session.sessionsUrl}/keepalive`, undefined, {
    credential: session.credential,
  });
}

/** Reads the session back from the O2G, e.g. to check that it still exists. */
export async function getSession(http: O2gHttp, session: O2gSession): Promise<SessionInfo> {
  const answer = await http.request('GET', session.sessionsUrl, sessionInfoSchema, {
    credential: session.credential,
  });
  return answer.data;
}

/** Ends the session on the O2G. */
export async function closeSession(http: O2gHttp, session: O2gSession): Promise<void> {
  await http.request('DELETE', session.sessionsUrl, undefined, { credential: session.credential });
}

/**
 * Best-effort delete when the page goes away (tab closed or reloaded: the credential lives only in this
 * page's memory, so the session could not be used again anyway). `keepalive` lets the request outlive
 * the page; nothing waits for its answer.
 */
export function closeSessionOnUnload(session: O2gSession): void {
  // A vault session outlives a reload on purpose: the proxy ends it once no tab is left.
  if (session.credential === undefined) return;
  // Around the HTTP layer on purpose: the request must leave while the page is going away, and the
  // layer would await before sending, wait for the answer to record it in an inspector that is about
  // to vanish, and put a timeout on a request nobody waits for. Only `fetch` with `keepalive` does this.
  void fetch(session.sessionsUrl, {
    method: 'DELETE',
    keepalive: true,
    headers: { [CREDENTIAL_HEADER]: session.credential },
  }).catch(() => undefined);
}
