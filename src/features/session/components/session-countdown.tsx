import { useEffect, useState } from 'react';
import { Text } from '@mantine/core';
import type { O2gSession } from '../../../o2g/session';

/** The session's remaining time to live, counting down each second; renewed by keepalive. */
export function SessionCountdown({ session }: { session: O2gSession }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const remaining = Math.max(0, Math.round(session.info.timeToLive - (now - session.refreshedAt) / 1000));
  const minutes = Math.floor(remaining / 60);
  const seconds = String(remaining % 60).padStart(2, '0');
  return (
    <Text
      size="sm"
      ff="monospace"
      aria-label={`Session time left: ${minutes} minutes ${seconds} seconds`}
      title="Time left before the session expires; kept alive automatically"
    >
      {minutes}:{seconds}
    </Text>
  );
}
