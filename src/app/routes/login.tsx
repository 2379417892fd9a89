import { useEffect } from 'react';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { prefetchSignIn } from '../../features/session/api/prefetch-sign-in';
import { SignInPanel } from '../../features/session/components/sign-in-panel';
import { paths } from '../paths';
import { screens } from '../screens';

/** The sign-in page; after sign-in it goes where the user was headed, or to the services. */
export function Component() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const from = search.get('from');
  // Signing in leads to the handshake, the signed-in frame and the services: fetch their code once the
  // browser is idle after drawing the form (or at the first keystroke, see SignInPanel), not while the
  // page loads, so that the form is usable first and the click then waits for the O2G only.
  useEffect(() => whenIdle(prefetchAfterSignIn), []);
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

function prefetchAfterSignIn(): void {
  prefetchSignIn();
  void screens.signedInFrame.preload();
  void screens.services.preload();
}

/** Runs `task` once the browser has nothing else to do (soon after, where it cannot tell); cancellable. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
