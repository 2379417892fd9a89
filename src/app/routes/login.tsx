import { useState } from 'react';
import { Alert, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { LoginForm } from '../../features/session/components/login-form';

/** The sign-in page. The O2G handshake (discovery → authentication → session) plugs in here. */
export function Component() {
  const [notice, setNotice] = useState<string>();
  return (
    <Container size={460} py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>Sign in</Title>
          <Text c="dimmed">Connect to an O2G: the embedded lab or your own vlab.</Text>
        </div>
        <Paper withBorder p="lg" shadow="xs">
          <LoginForm
            onSubmit={(values) =>
              setNotice(
                `The handshake with ${values.server} is not wired in this build yet; the form is ready.`,
              )
            }
            status={
              notice ? (
                <Alert color="yellow" title="Not connected yet" role="status">
                  {notice}
                </Alert>
              ) : null
            }
          />
        </Paper>
      </Stack>
    </Container>
  );
}
