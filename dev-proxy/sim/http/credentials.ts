import type { FastifyReply, FastifyRequest } from 'fastify';
import { CREDENTIAL_COOKIE_NAME } from '../../../src/o2g/contract';
import { SimError } from '../model/sim-error';

/** The credential of a request: the value of its `AlcUserId` cookie, the only way O2G clients send it. */
export function credentialOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() !== CREDENTIAL_COOKIE_NAME) continue;
    const value = pair
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    return value === '' ? undefined : value;
  }
  return undefined;
}

/** The request's credential, or a 401 when it carries none. */
export function requireCredential(request: FastifyRequest): string {
  const credential = credentialOf(request);
  if (credential === undefined) {
    throw new SimError('notAuthenticated', `Authentication required: no ${CREDENTIAL_COOKIE_NAME} cookie`);
  }
  return credential;
}

/**
 * Hands the credential to the client as its cookie. `Secure; SameSite=None` on HTTPS lets a browser
 * console on another origin send it back; plain HTTP cannot carry SameSite=None.
 */
export function setCredentialCookie(request: FastifyRequest, reply: FastifyReply, credential: string): void {
  const attributes = ['Path=/', 'HttpOnly'];
  if (request.protocol === 'https') attributes.push('Secure', 'SameSite=None');
  reply.header('set-cookie', `${CREDENTIAL_COOKIE_NAME}=${credential}; ${attributes.join('; ')}`);
}

/**
 * Login and password of an HTTP Basic `Authorization` header, or a 401. The 401 never carries a
 * `WWW-Authenticate` challenge: a browser would answer it with its own login dialog.
 */
export function basicCredentials(request: FastifyRequest): { loginName: string; password: string } {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(request.headers.authorization ?? '');
  const decoded = match?.[1] === undefined ? '' : Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) {
    throw new SimError('notAuthenticated', 'Authentication required: send a login and password (HTTP Basic)');
  }
  return { loginName: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}
