import { Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import type { O2gSession } from '../../../o2g/session';
import { SessionCountdown } from './session-countdown';

/** Who is signed in where, the session's time left, and the way out. */
export function SessionStatus({
  session,
  onEndSession,
  ending,
  lost = false,
}: {
  session: O2gSession;
  onEndSession: () => void;
  ending: boolean;
  /** The O2G dropped the session: its time left no longer means anything. */
  lost?: boolean;
}) {
  const { productName, productVersion } = session.serverInfo;
  return (
    <Group gap="sm" wrap="nowrap" aria-label="Session">
      <Tooltip label={`${productName} ${productVersion.major} (${productVersion.minor})`}>
        <Text size="sm" c="dimmed" visibleFrom="md">
          {productName}
        </Text>
      </Tooltip>
      {/* On a phone the header has no room for it; the session's badges and controls come first. */}
      <Text size="sm" fw={600} visibleFrom="sm">
        {session.loginName}
      </Text>
      {session.info.admin && (
        <Badge color="orange" variant="light">
          admin
        </Badge>
      )}
      {lost ? (
        <Badge color="red" variant="light">
          Session lost
        </Badge>
      ) : (
        <SessionCountdown session={session} />
      )}
      <Button size="xs" variant="light" color="red" onClick={onEndSession} loading={ending}>
        End session
      </Button>
    </Group>
  );
}
