import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { ReadFailed } from '../components/query-states';
import { O2gError } from '../o2g/errors';
import { theme } from '../theme';
import { createQueryClient } from './query-client';

const URL = 'https://o2g.example/api/rest/1.0/messaging/mailboxes';
const unreachable = () =>
  new O2gError({ failure: 'unreachable', method: 'GET', url: URL, status: 0, detail: 'The proxy is down' });

/** A screen built the console's way: an alert only for a read that never had data. */
function Mailboxes({ read }: { read: () => Promise<string> }) {
  const mailboxes = useQuery({ queryKey: ['mailboxes'], queryFn: read, retry: false });
  if (mailboxes.isPending) return <p>Loading…</p>;
  if (mailboxes.isLoadingError) {
    return <ReadFailed what="list the mailboxes" error={mailboxes.error} onRetry={() => undefined} />;
  }
  return (
    <div>
      <p>Mailboxes: {mailboxes.data}</p>
      <button type="button" onClick={() => void mailboxes.refetch()}>
        Read again
      </button>
    </div>
  );
}

function renderScreen(read: () => Promise<string>) {
  const notify = vi.fn();
  const queryClient = createQueryClient({ notify });
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <Mailboxes read={read} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { notify, queryClient };
}

describe('the query cache’s error policy', () => {
  it('keeps the data on screen when a background refetch fails, and notifies instead', async () => {
    const read = vi
      .fn<() => Promise<string>>()
      .mockResolvedValueOnce('1999')
      .mockRejectedValue(unreachable());
    const { notify, queryClient } = renderScreen(read);
    expect(await screen.findByText('Mailboxes: 1999')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Read again' }));
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(notify.mock.calls[0]?.[0]).toBeInstanceOf(O2gError);
    expect(screen.getByText('Mailboxes: 1999')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(queryClient.getQueryState(['mailboxes'])?.status).toBe('error');
  });

  it('lets the screen tell a first read’s failure in place, without a notification on top', async () => {
    const { notify } = renderScreen(() => Promise.reject(unreachable()));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not list the mailboxes');
    expect(notify).not.toHaveBeenCalled();
  });

  it('never notifies a lost session: the session-lost banner says it once', async () => {
    const expired = new O2gError({ failure: 'session-expired', method: 'GET', url: URL, status: 401 });
    const read = vi.fn<() => Promise<string>>().mockResolvedValueOnce('1999').mockRejectedValue(expired);
    const { notify, queryClient } = renderScreen(read);
    expect(await screen.findByText('Mailboxes: 1999')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Read again' }));
    await vi.waitFor(() => expect(queryClient.getQueryState(['mailboxes'])?.status).toBe('error'));
    expect(notify).not.toHaveBeenCalled();
  });
});
