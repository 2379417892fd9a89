import { useSyncExternalStore } from 'react';
import type { EventChannelState } from '../../../o2g/client';
import { useO2gClient } from '../../../lib/o2g-client-context';

/** The event channel's state, re-rendering when it changes. */
export function useChannelState(): EventChannelState {
  const { channel } = useO2gClient();
  return useSyncExternalStore(channel.subscribe, channel.get, channel.get);
}
