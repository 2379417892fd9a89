// The console's sign-in, keepalive and teardown against the real embedded lab behind the real dev proxy.
import { describe, expect, it } from 'vitest';
import { labUrls } from '../testing/lab';
import { isO2gError } from './errors';
import type { O2gExchange } from './http';
import { createO2gHttp } from './http';
import { closeSession, getSession, keepAlive, signIn, type HandshakeStep } from './session';

function client() {
  const exchanges: O2gExchange[] = [];
  return { http: createO2gHttp({ onExchange: (exchange) => exchanges.push(exchange) }), exchanges };
}

const request = (loginName: string, password: string) => ({
  discoveryUrl: labUrls().discoveryUrl,
  loginName,
  password,
  applicationName: 'vitest',
  urlKind: 'public' as const,
});

describe('signIn', () => {
  it('runs discovery, authentication and session, following the URLs each answer returns', async () => {
    const { http, exchanges } = client();
    const steps: string[] = [];
    const session = await signIn(http, request('oxe2004', '2004'), (step: HandshakeStep, phase) =>
      steps.push(`${step}:${phase}`),
    );
    expect(steps).toEqual([
      'discovery:started',
      'discovery:done',
      'authentication:started',
      'authentication:done',
      'session:started',
      'session:done',
    ]);
    expect(session.loginName).toBe('oxe2004');
    expect(session.info.admin).toBe(false);
    expect(session.serverInfo.productName).toBe('O2G Services 2.2.1');
    // Every URL after the first came from an answer, rewritten by the proxy to point back into it.
    const { proxyUrl } = labUrls();
    expect(exchanges.map((exchange) => exchange.url)).toEqual([
      labUrls().discoveryUrl,
      expect.stringMatching(
        new RegExp(`^${proxyUrl}/o2g/https/127\\.0\\.0\\.1:\\d+/api/rest/authenticate\\?version=1\\.0$`),
      ),
      session.sessionsUrl,
    ]);
    expect(session.baseUrl.startsWith(`${proxyUrl}/o2g/`)).toBe(true);
  });

  it('keeps the credential out of what it records: Basic and the credential are redacted', async () => {
    const { http, exchanges } = client();
    const session = await signIn(http, request('oxe2005', '2005'));
    const recorded = JSON.stringify(exchanges);
    expect(recorded).not.toContain(session.credential);
    expect(recorded).not.toContain(btoa('oxe2005:2005'));
    expect(exchanges[1]?.requestHeaders.authorization).toBe('Basic [redacted]');
  });

  it('tells a wrong password from an expired session', async () => {
    const { http } = client();
    const failure = await signIn(http, request('oxe2004', 'wrong')).catch((error: unknown) => error);
    expect(isO2gError(failure) && failure.failure).toBe('bad-credentials');
    expect(isO2gError(failure) && failure.status).toBe(401);
    expect(isO2gError(failure) && failure.body?.httpStatus).toBe('UNAUTHORIZED');
  });

  it('says "not an O2G" when discovery answers JSON of another shape', async () => {
    const { http } = client();
    // The proxy's own target list: a 200 JSON answer, but not a discovery.
    const notO2g = { ...request('admin', 'admin'), discoveryUrl: `${labUrls().proxyUrl}/o2g/__targets` };
    const failure = await signIn(http, notO2g).catch((error: unknown) => error);
    expect(isO2gError(failure) && failure.failure).toBe('not-o2g');
    expect(isO2gError(failure) && failure.message).toMatch(/not what an O2G sends/);
  });
});

describe('the session after sign-in', () => {
  it('is kept alive, read back, then closed; a closed session is reported as lost', async () => {
    const { http } = client();
    const session = await signIn(http, request('admin', 'admin'));
    await keepAlive(http, session);
    const info = await getSession(http, session);
    expect(info.admin).toBe(true);
    expect(info.services).toHaveLength(18);
    await closeSession(http, session);
    const after = await getSession(http, session).catch((error: unknown) => error);
    expect(isO2gError(after) && after.failure).toBe('session-expired');
  });
});
