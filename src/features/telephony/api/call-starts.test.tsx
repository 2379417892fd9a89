import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { noteCallStart, useCallStart } from './call-starts';
import { telephonyEvents } from './telephony-events';
import { telephonyKeys } from './telephony-keys';

const baseUrl = 'http://o2g.test/api/rest/1.0';
const session = { baseUrl, loginName: 'oxe2002' };
const bruno = session;

function cache() {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const startOf = (callRef: string, loginName = 'oxe2002') =>
    queryClient.getQueryData<number>(telephonyKeys.callStart(baseUrl, loginName, callRef));
  const send = (line: { eventName: string; callRef: string; loginName?: string; previousCallRef?: string }) =>
    telephonyEvents.onEvent({ loginName: 'oxe2002', ...line }, queryClient, session);
  return { queryClient, wrapper, startOf, send };
}

describe('a call\u2019s start', () => {
  it('is the moment its OnCallCreated came, kept through a transfer, forgotten when it ends', () => {
    const { startOf, send } = cache();
    const before = Date.now();
    send({ eventName: 'OnCallCreated', callRef: 'a1' });
    const created = startOf('a1');
    expect(created).toBeGreaterThanOrEqual(before);
    expect(created).toBeLessThanOrEqual(Date.now());

    // The same call told again (a replayed event) keeps its first moment.
    send({ eventName: 'OnCallCreated', callRef: 'a1' });
    expect(startOf('a1')).toBe(created);

    // A transfer replaces the call: the new one goes on from the old one's start.
    send({ eventName: 'OnCallModified', callRef: 'b2', previousCallRef: 'a1' });
    expect(startOf('b2')).toBe(created);
    expect(startOf('a1')).toBeUndefined();

    send({ eventName: 'OnCallRemoved', callRef: 'b2' });
    expect(startOf('b2')).toBeUndefined();
  });

  it('is kept per user: one party hanging up leaves the other\u2019s count alone', () => {
    const { startOf, send } = cache();
    send({ eventName: 'OnCallCreated', callRef: 'c3' });
    send({ eventName: 'OnCallCreated', callRef: 'c3', loginName: 'oxe2003' });
    send({ eventName: 'OnCallRemoved', callRef: 'c3', loginName: 'oxe2003' });
    expect(startOf('c3', 'oxe2003')).toBeUndefined();
    expect(startOf('c3')).toBeTypeOf('number');
  });

  it('is what a card shows, however often the card is drawn again', () => {
    const { queryClient, wrapper } = cache();
    noteCallStart(queryClient, { ...bruno, callRef: 'd4' }, 1_000);
    const first = renderHook(() => useCallStart({ ...bruno, callRef: 'd4' }), { wrapper });
    expect(first.result.current).toBe(1_000);
    first.unmount();
    expect(renderHook(() => useCallStart({ ...bruno, callRef: 'd4' }), { wrapper }).result.current).toBe(
      1_000,
    );

    // A call first seen by a card (under way before the session) counts from that sight, and keeps it.
    const seen = renderHook(() => useCallStart({ ...bruno, callRef: 'e5' }), { wrapper });
    const sight = seen.result.current;
    expect(sight).toBeLessThanOrEqual(Date.now());
    seen.unmount();
    expect(renderHook(() => useCallStart({ ...bruno, callRef: 'e5' }), { wrapper }).result.current).toBe(
      sight,
    );
  });
});
