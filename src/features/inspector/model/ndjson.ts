import type { O2gExchange } from '../../../o2g/http';
import { redactForExport } from './export-redaction';
import { upstreamUrl } from '../../../o2g/upstream-url';

/**
 * The exchanges as newline-delimited JSON, one exchange per line and a final newline, so that `jq`,
 * `grep` and a diff of two runs work line by line. Redacted again; times are ISO 8601.
 */
export function toNdjson(exchanges: readonly O2gExchange[], origin: string): string {
  return exchanges
    .map((exchange) => {
      const safe = redactForExport(exchange);
      return `${JSON.stringify({
        ...safe,
        startedAt: new Date(safe.startedAt).toISOString(),
        o2gUrl: upstreamUrl(safe.url, origin),
      })}\n`;
    })
    .join('');
}
