import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { describeO2gError } from '../../lib/describe-o2g-error';

/**
 * A screen's code could not be downloaded: a new build replaced the old chunks, or the network dropped.
 * Browsers word it differently; only a fresh page load fetches the current build's files.
 */
function isChunkLoadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

/**
 * What a route shows instead of React Router's "Unexpected Application Error!": the failure in plain words
 * (an O2G failure as `describeO2gError` tells it) and a way on. "Try again" clears the failed queries'
 * error state (`QueryErrorResetBoundary`) and renders the route again; a screen whose code failed to
 * download needs the page itself reloaded.
 */
export function RouteError() {
  const error = useRouteError();
  const { reset } = useQueryErrorResetBoundary();
  const location = useLocation();
  const navigate = useNavigate();
  const chunkFailed = isChunkLoadFailure(error);
  const words = isRouteErrorResponse(error)
    ? { title: `Page failed (${error.status})`, message: error.statusText }
    : chunkFailed
      ? {
          title: 'The page could not be loaded',
          message: 'Its code did not download: the network dropped, or the console was updated.',
        }
      : describeO2gError(error);

  const tryAgain = () => {
    if (chunkFailed) {
      window.location.reload();
      return;
    }
    reset();
    // A navigation, even to the same address, is what makes the router drop the error it caught and
    // render the route again.
    void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
  };

  return (
    <Alert color="red" role="alert" title={words.title} maw={720} m="md">
      <Stack gap="xs" align="start">
        <Text size="sm">{words.message}</Text>
        <Button size="xs" variant="light" onClick={tryAgain}>
          {chunkFailed ? 'Reload the page' : 'Try again'}
        </Button>
      </Stack>
    </Alert>
  );
}
