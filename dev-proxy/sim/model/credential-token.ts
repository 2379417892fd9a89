import { randomBytes } from 'node:crypto';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Mints a credential shaped like the HS256 JWTs real O2Gs hand out (header, `{sub, iat}` payload,
 * signature), because clients and proxies may log or parse them that way. It is still opaque to the
 * simulator: the "signature" is 32 random bytes, so a credential cannot be guessed, and the simulator
 * only ever looks it up, never decodes it.
 */
export function mintCredential(loginName: string, nowMs: number): string {
  const header = base64url(JSON.stringify({ alg: 'HS256' }));
  const payload = base64url(JSON.stringify({ sub: loginName, iat: Math.floor(nowMs / 1000) }));
  return `${header}.${payload}.${randomBytes(32).toString('base64url')}`;
}

/** A random session id (16 lowercase hex digits, like O2G's other identifiers). */
export function mintSessionId(): string {
  return randomBytes(8).toString('hex');
}
