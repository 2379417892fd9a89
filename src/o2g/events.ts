import type { SubscriptionAnswer } from './contract';
import { subscriptionAnswerSchema } from './contract';
import { underBase } from './base-url';
import { errorFromAnswer } from './error-answer';
import { O2gError } from './errors';
import { parseJson, type O2gHttp } from './http';
import type { NdjsonLine } from './ndjson-reader';
import { createNdjsonReader } from './ndjson-reader';
import type { O2gSession } from './session';
import { listLogins } from './users';

/** What a subscription asks for: event packages (`telephony`, `eventSummary`…) of some logins. */
export interface SubscriptionFilter {
  names: readonly string[];
  /** Login names; required from administrators, ignored for users (the O2G covers their own login). */
  ids?: readonly string[];
}

/**
 * The logins a subscription should name: every login for an administrator (`GET …/logins`), the
 * session's own for a user.
 */
export async function subscriptionLogins(http: O2gHttp, session: O2gSession): Promise<string[]> {
  if (!session.info.admin) return [session.loginName];
  return listLogins(http, session.baseUrl, { credential: session.credential });
}

/**
 * Subscribes to events (`POST …/subscriptions`, version 1.0, timeout 0: the stream lives as long as the
 * session, kept open by keepalive lines). An answer whose status is not `ACCEPTED` is a refusal and
 * throws, as in the SDKs.
 */
export async function subscribe(
  http: O2gHttp,
  session: O2gSession,
  filter: SubscriptionFilter,
): Promise<SubscriptionAnswer> {
  const url = underBase(session.baseUrl, '/subscriptions');
  const selector = { ...(filter.ids && { ids: [...filter.ids] }), names: [...filter.names] };
  const answer = await http.request('POST', url, subscriptionAnswerSchema, {
    json: { filter: { selectors: [selector] }, version: '1.0', timeout: 0 },
    credential: session.credential,
  });
  if (answer.data.status !== 'ACCEPTED') {
    const why = answer.data.message ?? answer.data.status;
    throw new O2gError({
      failure: 'bad-request',
      method: 'POST',
      url,
      status: answer.status,
      detail: `Subscription refused: ${why}`,
    });
  }
  return answer.data;
}

/** Ends a subscription (`DELETE …/subscriptions/{id}`); the O2G then ends its stream. */
export async function deleteSubscription(
  http: O2gHttp,
  session: O2gSession,
  subscriptionId: string,
): Promise<void> {
  await http.request(
    'DELETE',
    underBase(session.baseUrl, `/subscriptions/${encodeURIComponent(subscriptionId)}`),
    undefined,
    { credential: session.credential },
  );
}

/** The polling URL the session's kind of URLs calls for. */
export function pollingUrlOf(session: O2gSession, subscription: SubscriptionAnswer): string {
  return session.urlKind === 'internal' ? subscription.privatePollingUrl : subscription.publicPollingUrl;
}

export interface EventChannelOptions {
  signal?: AbortSignal;
  /** Called once the O2G accepted the channel (2xx), before any line. */
  onOpen?: () => void;
  onLine: (line: NdjsonLine) => void;
}

/**
 * Opens the event channel and reads it until it ends: POST with an empty body, as the SDKs do, and no
 * timeout (the stream lives as long as the subscription). The subscriptionId in the URL is its only
 * credential. Resolves when the O2G ends the stream; rejects with an `O2gError` when the channel is
 * refused (404: the subscription is gone) or the connection fails, and with an AbortError when aborted.
 */
export async function openEventChannel(pollingUrl: string, options: EventChannelOptions): Promise<void> {
  let response: Response;
  try {
    // Around the HTTP layer on purpose: it reads a whole answer before handing it on and times out after
    // 15 s, while the channel is an answer that never ends, read line by line. Its failures still become
    // an `O2gError` below, as the layer's do.
    response = await fetch(pollingUrl, {
      method: 'POST',
      headers: { Accept: 'application/json, */*' },
      signal: options.signal,
      // The subscription id is the channel's only credential: no cookie (the vault's handle least of all).
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw channelUnreachable(pollingUrl, 0, 'The event channel could not be reached');
  }
  if (!response.ok || !response.body) {
    const text = await response.text().catch(() => '');
    throw errorFromAnswer('POST', pollingUrl, response.status, parseJson(text), false);
  }
  options.onOpen?.();
  const reader = createNdjsonReader(options.onLine);
  const decoder = new TextDecoder();
  const body = response.body.getReader();
  try {
    for (;;) {
      const { value, done } = await body.read();
      if (done) break;
      reader.push(decoder.decode(value, { stream: true }));
    }
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw channelUnreachable(pollingUrl, response.status, 'The event channel broke off');
  } finally {
    body.releaseLock();
  }
  reader.push(decoder.decode());
  reader.end();
}

function channelUnreachable(pollingUrl: string, status: number, detail: string): O2gError {
  return new O2gError({ failure: 'unreachable', method: 'POST', url: pollingUrl, status, detail });
}
