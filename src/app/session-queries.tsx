import type { ReactNode } from 'react';
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describeO2gError } from '../lib/describe-o2g-error';
import { createQueryClient } from './query-client';

/** A failure no screen shows in place (see the query client's error policy), as a notification. */
function notifyFailure(error: unknown): void {
  const words = describeO2gError(error);
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show({ color: 'red', title: words.title, message: words.message }),
  );
}

/**
 * The query cache, around the signed-in frame only: the sign-in page reads nothing through it, so
 * TanStack Query stays out of its first load. A cache lives as long as the frame does; signing out
 * leaves the frame, and the next sign-in starts with an empty cache (as `queryClient.clear()` did).
 */
export function SessionQueries({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient({ notify: notifyFailure }));
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
