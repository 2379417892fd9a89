import { PROXY_PREFIX_ROOT } from './contract';

/**
 * The O2G address behind a URL the console used. The console reaches every O2G through the dev proxy's
 * prefix form (`/o2g/<scheme>/<host>:<port>/<path>`), relative or, once the proxy has rewritten the O2G's
 * own absolute URLs, absolute on the console's origin. A cURL command or a HAR file is worth more with the
 * O2G's own URL: it is what the SDKs, Postman and the O2G's logs show.
 * Any other URL is made absolute against `origin` (where the console runs) and kept as it is.
 */
export function upstreamUrl(url: string, origin: string): string {
  // Read as written, not through URL(): that would re-encode characters such as ' in the query.
  const path = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  const match = path.startsWith(PROXY_PREFIX_ROOT) ? /^\/o2g\/(https?)\/([^/?#]+)(.*)$/.exec(path) : null;
  if (match) {
    const [, scheme = '', hostPort = '', rest = ''] = match;
    const tail = rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
    return `${scheme}://${hostPort}${tail}`;
  }
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}
