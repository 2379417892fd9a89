import type { O2gExchange } from '../../../o2g/http';

export type StatusFilter = 'all' | 'errors' | 'success';

export interface ExchangeFilter {
  /** Matched, case-insensitively, against "METHOD URL STATUS". */
  text: string;
  status: StatusFilter;
  /** Methods to show; empty shows every method. */
  methods: readonly string[];
}

export const NO_FILTER: ExchangeFilter = { text: '', status: 'all', methods: [] };

/** An error is an answer of 400 or more, or no answer at all (status 0). */
function isErrorExchange(exchange: O2gExchange): boolean {
  return exchange.status === 0 || exchange.status >= 400;
}

export function matchesFilter(exchange: O2gExchange, filter: ExchangeFilter): boolean {
  if (filter.status === 'errors' && !isErrorExchange(exchange)) return false;
  if (filter.status === 'success' && (exchange.status < 200 || exchange.status >= 300)) return false;
  if (filter.methods.length > 0 && !filter.methods.includes(exchange.method)) return false;
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // The URL is matched decoded too, so "oxe2001" finds "?loginName=oxe2001" and "%20" finds a space.
  const haystack =
    `${exchange.method} ${exchange.url} ${safeDecode(exchange.url)} ${exchange.status}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function filterExchanges(
  exchanges: readonly O2gExchange[],
  filter: ExchangeFilter,
): readonly O2gExchange[] {
  return exchanges.filter((exchange) => matchesFilter(exchange, filter));
}

export function isFiltering(filter: ExchangeFilter): boolean {
  return filter.text.trim() !== '' || filter.status !== 'all' || filter.methods.length > 0;
}

/** The methods seen in the log, in a stable, familiar order, for the method filter. */
export function methodsIn(exchanges: readonly O2gExchange[]): string[] {
  const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  const seen = new Set(exchanges.map((exchange) => exchange.method));
  return [...seen].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
}

function rank(order: string[], method: string): number {
  const index = order.indexOf(method);
  return index < 0 ? order.length : index;
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
