import { Container, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { SignInPanel } from '../../features/session/components/sign-in-panel';
import { paths } from '../paths';

/** The sign-in page; after sign-in it goes where the user was headed, or to the services. */
export function Component() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const from = search.get('from');
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
