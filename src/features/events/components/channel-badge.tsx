import { Badge, Tooltip } from '@mantine/core';
import type { EventChannelState } from '../../../o2g/client';
import { useChannelState } from '../api/use-channel-state';

const LOOK: Record<EventChannelState, { label: string; color: string; tip: string }> = {
  live: {
    label: 'Live',
    color: 'green',
    tip: 'Events arrive live from the O2G event channel: call and user states update by themselves.',
  },
  connecting: {
    label: 'Connecting…',
    color: 'blue',
    tip: 'Subscribing to the O2G events and opening the event channel.',
  },
  reconnecting: {
    label: 'Reconnecting…',
    color: 'yellow',
    tip: 'The event channel dropped; the console reopens it and no event is handled twice. States may lag meanwhile.',
  },
  unreachable: {
    label: 'O2G unreachable',
    color: 'orange',
    tip: 'The O2G does not answer: it is down or restarting, or the network is cut. The console keeps trying and reopens the event channel when it is back.',
  },
  failed: {
    label: 'Events off',
    color: 'red',
    tip: 'The console could not keep the event channel: the session is gone or the O2G refused the subscription. See the Inspector.',
  },
  off: { label: 'Events off', color: 'gray', tip: 'No event channel is open.' },
};

/** The event channel's state for the session header: Live, Reconnecting…, O2G unreachable or Events off, with why. */
export function ChannelBadge() {
  const state = useChannelState();
  const look = LOOK[state];
  return (
    <Tooltip label={look.tip} multiline w={280} withArrow>
      <Badge
        color={look.color}
        variant="dot"
        role="status"
        aria-label={`Event channel: ${look.label}`}
        tabIndex={0}
      >
        {look.label}
      </Badge>
    </Tooltip>
  );
}
