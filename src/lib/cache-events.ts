import { useEffect } from 'react';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import type { O2gClient } from '../o2g/client';
import type { ChannelLine } from '../o2g/contract';
import type { O2gSession } from '../o2g/session';
import { useO2gClient } from './o2g-client-context';

/** What an event handler may know of the session: whose cache entries it is writing. */
export type EventSession = Pick<O2gSession, 'baseUrl' | 'loginName'>;

/** A feature's pure reaction to one O2G event: it writes the query cache and nothing else. */
export type CacheEventHandler = (event: ChannelLine, queryClient: QueryClient, session: EventSession) => void;

/** How a feature's cache entries follow the O2G's events. */
export interface CacheEvents {
  onEvent: CacheEventHandler;
  /** The entries events keep current, which a channel drop (or the time before it opened) may have left stale. */
  staleAfterDrop: (session: EventSession) => QueryKey[];
}

/**
 * Sockets notify, the cache owns the data: applies every event of the client's channel to the query
 * cache through each feature's handler and, whenever the channel comes (back) to live, marks what
 * events keep current as stale once, since events may have been missed. Returns the unsubscribe.
 */
export function applyCacheEvents(
  client: O2gClient,
  queryClient: QueryClient,
  session: EventSession,
  features: readonly CacheEvents[],
): () => void {
  const stopEvents = client.events.subscribe((event) => {
    for (const feature of features) feature.onEvent(event, queryClient, session);
  });
  let previous = client.channel.get();
  const stopChannel = client.channel.subscribe(() => {
    const now = client.channel.get();
    if (now === 'live' && previous !== 'live') {
      for (const queryKey of features.flatMap((feature) => feature.staleAfterDrop(session))) {
        void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
      }
    }
    previous = now;
  });
  return () => {
    stopEvents();
    stopChannel();
  };
}

/** `applyCacheEvents` for as long as the calling component (the session's frame) is mounted. */
export function useCacheEvents(features: readonly CacheEvents[], session: EventSession | null): void {
  const client = useO2gClient();
  const queryClient = useQueryClient();
  const baseUrl = session?.baseUrl;
  const loginName = session?.loginName;
  useEffect(() => {
    if (baseUrl === undefined || loginName === undefined) return;
    return applyCacheEvents(client, queryClient, { baseUrl, loginName }, features);
  }, [client, queryClient, baseUrl, loginName, features]);
}
