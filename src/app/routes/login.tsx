import { useEffect } from 'react';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { SignInPanel } from '../../features/session/components/sign-in-panel';
import { paths } from '../paths';

/** The sign-in page; after sign-in it goes where the user was headed, or to the services. */
export function Component() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const from = search.get('from');
  // Signing in leads to the signed-in frame and the services: fetch their code while the user types,
  // so that the click waits for the O2G only.
  useEffect(() => {
    void import('./session-layout');
    void import('./services');
  }, []);
  return (
    <Container size={560} py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>Sign in</Title>
          <Text c="dimmed">Connect to an O2G: the embedded lab or your own vlab.</Text>
        </div>
        <SignInPanel
          onSignedIn={() =>
            void navigate(from?.startsWith('/') && !from.startsWith('//') ? from : paths.services.href(), {
              replace: true,
            })
          }
        />
      </Stack>
    </Container>
  );
}
