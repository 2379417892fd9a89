import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { createO2gClient } from '../o2g/client';
import type { CacheEvents } from './cache-events';
import { applyCacheEvents } from './cache-events';

const session = { baseUrl: 'https://o2g.example/api/rest/1.0', loginName: 'oxe2001' };

/** A feature that counts what it was told, in the cache itself. */
const counter: CacheEvents = {
  onEvent: (event, queryClient, { baseUrl }) =>
    queryClient.setQueryData<string[]>(['seen', baseUrl], (seen = []) => [...seen, event.eventName]),
  staleAfterDrop: ({ baseUrl }) => [['state', baseUrl]],
};

describe('the one event subscriber', () => {
  it('hands every event to each feature’s handler, and stops when unsubscribed', () => {
    const client = createO2gClient();
    const queryClient = new QueryClient();
    const stop = applyCacheEvents(client, queryClient, session, [counter, counter]);
    client.events.emit({ eventName: 'OnCallCreated' });
    expect(queryClient.getQueryData(['seen', session.baseUrl])).toEqual(['OnCallCreated', 'OnCallCreated']);
    stop();
    client.events.emit({ eventName: 'OnCallRemoved' });
    expect(queryClient.getQueryData(['seen', session.baseUrl])).toHaveLength(2);
  });

  it('marks what events keep current stale each time the channel comes (back) to live, and only then', () => {
    const client = createO2gClient();
    const queryClient = new QueryClient();
    queryClient.setQueryData(['state', session.baseUrl], 'read before');
    applyCacheEvents(client, queryClient, session, [counter]);
    const stale = () => queryClient.getQueryState(['state', session.baseUrl])?.isInvalidated;

    client.channel.set('connecting');
    expect(stale()).toBe(false);
    client.channel.set('live');
    expect(stale()).toBe(true);

    queryClient.setQueryData(['state', session.baseUrl], 'read again');
    client.channel.set('reconnecting');
    expect(stale()).toBe(false);
    client.channel.set('live');
    expect(stale()).toBe(true);
  });
});
