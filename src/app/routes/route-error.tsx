import type { ReactNode } from 'react';
import { Component, Suspense } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader';
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
 * What a failed screen shows instead of a blank page: the failure in plain words (an O2G failure as
 * `describeO2gError` tells it) and a way on. "Try again" clears the failed queries' error state
 * (`QueryErrorResetBoundary`) and renders the screen again; a screen whose code failed to download
 * needs the page itself reloaded.
 */
export function RouteError({ error, onTryAgain }: { error: unknown; onTryAgain: () => void }) {
  const { reset } = useQueryErrorResetBoundary();
  const chunkFailed = isChunkLoadFailure(error);
  const words = chunkFailed
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
    onTryAgain();
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

interface BoundaryProps {
  /** The address shown: going elsewhere forgets the failure, as a fresh page would. */
  address: string;
  children: ReactNode;
}

interface BoundaryState {
  error?: unknown;
  failedAt?: string;
}

class ScreenErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): BoundaryState | null {
    if (state.error === undefined) return null;
    if (state.failedAt === undefined) return { failedAt: props.address };
    return state.failedAt === props.address ? null : { error: undefined, failedAt: undefined };
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <RouteError
        error={this.state.error}
        onTryAgain={() => this.setState({ error: undefined, failedAt: undefined })}
      />
    );
  }
}

/**
 * A screen (or a frame of screens) behind a boundary of its own: while its code loads it shows a loader,
 * and when it fails it shows the failure where it would have been. Inside a frame, the navigation and
 * session status stay usable; no failure ends on a blank page.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ScreenErrorBoundary address={`${location.pathname}${location.search}`}>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </ScreenErrorBoundary>
  );
}
