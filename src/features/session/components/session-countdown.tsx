import { Text } from '@mantine/core';
import { formatDuration } from '../../../lib/format-time';
import { useNow } from '../../../lib/use-now';
import type { O2gSession } from '../../../o2g/session';

/** The session's remaining time to live, counting down each second; renewed by keepalive. */
export function SessionCountdown({ session }: { session: O2gSession }) {
  const now = useNow();
  const remaining = Math.max(0, Math.round(session.info.timeToLive - (now - session.refreshedAt) / 1000));
  const minutes = Math.floor(remaining / 60);
  const seconds = remaining % 60;
  return (
    <Text
      size="sm"
      ff="monospace"
      aria-label={`Session time left: ${minutes} minutes ${seconds} seconds`}
      title="Time left before the session expires; kept alive automatically"
    >
      {formatDuration(remaining)}
    </Text>
  );
}
