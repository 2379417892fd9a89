import { Alert, Button, Group, Text } from '@mantine/core';

// Sticks under the header: a person deep down a long page must still see it and reach its button.
const STICKY = { position: 'sticky', top: 'var(--app-shell-header-offset, 0rem)', zIndex: 10 } as const;

/** Shown over every page once the session is gone; the way back keeps the server and login. */
export function SessionLostBanner({ reason, onSignInAgain }: { reason: string; onSignInAgain: () => void }) {
  return (
    <Alert color="red.8" variant="filled" title="Session lost" role="alert" mb="md" style={STICKY}>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{reason}</Text>
        <Button size="xs" color="red" variant="white" onClick={onSignInAgain}>
          Sign in again
        </Button>
      </Group>
    </Alert>
  );
}
