import { Alert, Button, Group, Text } from '@mantine/core';

/** Shown over every page once the session is gone; the way back keeps the server and login. */
export function SessionLostBanner({ reason, onSignInAgain }: { reason: string; onSignInAgain: () => void }) {
  return (
    <Alert color="red" title="Session lost" role="alert" mb="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{reason}</Text>
        <Button size="xs" color="red" onClick={onSignInAgain}>
          Sign in again
        </Button>
      </Group>
    </Alert>
  );
}
