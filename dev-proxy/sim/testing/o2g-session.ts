// Test helpers that talk to a simulator as an O2G client does: sign in by following the returned URLs,
// then send requests with the AlcUserId cookie (explicitly: fetch has no cookie jar).
import {
  authenticationAnswerSchema,
  discoveryAnswerSchema,
  sessionInfoSchema,
} from '../../../src/o2g/contract';
import { basic, credentialCookie } from './sim-http';

/** An open session: its cookie and base URL, and a fetch that carries the cookie. */
export interface TestSession {
  cookie: string;
  baseUrl: string;
  sessionsUrl: string;
  /** A request relative to the base URL (or absolute), JSON body when given an object. */
  send(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function openTestSession(
  origin: string,
  loginName: string,
  password: string,
): Promise<TestSession> {
  const discovery = discoveryAnswerSchema.parse(await (await fetch(`${origin}/api/rest`)).json());
  const authUrl = discovery.versions[0]?.publicUrl ?? '';
  const auth = authenticationAnswerSchema.parse(
    await (await fetch(authUrl, { headers: { Authorization: basic(loginName, password) } })).json(),
  );
  const cookie = credentialCookie(auth.credential);
  const opened = await fetch(auth.publicUrl, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ applicationName: 'vitest' }),
  });
  const session = sessionInfoSchema.parse(await opened.json());
  const baseUrl = session.publicBaseUrl;
  return {
    cookie,
    baseUrl,
    sessionsUrl: auth.publicUrl,
    send: (method, path, body) =>
      fetch(path.startsWith('http') ? path : `${baseUrl}${path}`, {
        method,
        headers: { Cookie: cookie, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
        ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
  };
}

/** The callRef a make-call answer names, from its Location header (`…/telephony/calls/{callRef}`). */
export const callRefOf = (response: Response): string =>
  response.headers.get('location')?.split('/').pop() ?? '';
