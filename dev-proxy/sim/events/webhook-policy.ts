import { SimError } from '../model/sim-error';

/** A host name as the allow-list compares it: lower case, IPv6 without brackets. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The web-hook URL of a subscription, if the lab may post to it: http(s), no credentials in it, and a
 * loopback host or one of the hosts named when the lab was started. Anything else is refused, so that
 * nobody can use the lab to send requests into a network it happens to reach.
 */
export function checkWebHookUrl(text: string, allowedHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SimError('badRequest', 'webHookUrl is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SimError(
      'badRequest',
      `webHookUrl must be http or https, not ${url.protocol.replace(':', '')}`,
    );
  if (url.username !== '' || url.password !== '')
    throw new SimError('badRequest', 'webHookUrl must not carry a user name or password');
  const host = normalizeHost(url.hostname);
  if (isLoopback(host) || allowedHosts.map(normalizeHost).includes(host)) return url;
  throw new SimError(
    'forbidden',
    `The lab posts web-hook events only to loopback and to the hosts it was started with (--webhook-hosts); ${host} is not one of them`,
  );
}
