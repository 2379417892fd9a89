import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { render as renderWithin } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { Link, MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { O2gError } from '../../o2g/errors';
import { theme } from '../../theme';
import { createQueryClient } from '../query-client';
import { RouteBoundary } from './route-error';

const URL = 'https://o2g.example/api/rest/1.0/telephony/state';

/** A screen whose first read fails the way the O2G fails (a 503 with its error body), then works. */
function flakyScreen() {
  let reads = 0;
  function Screen() {
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the counter only makes the first read fail
    const { data } = useSuspenseQuery({
      queryKey: ['flaky'],
      queryFn: () => {
        reads += 1;
        if (reads === 1) {
          throw new O2gError({
            failure: 'server',
            method: 'GET',
            url: URL,
            status: 503,
            body: {
              httpStatus: 'SERVICE_UNAVAILABLE',
              code: 503,
              helpMessage: 'Busy.',
              type: 'X',
              canRetry: true,
            },
          });
        }
        return Promise.resolve('the telephonic state');
      },
      retry: false,
    });
    return <p>Read: {data}</p>;
  }
  return Screen;
}

function renderRoutes(Screen: () => React.ReactNode) {
  const queryClient = createQueryClient({ notify: () => undefined });
  renderWithin(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route
              element={
                <RouteBoundary>
                  <main>
                    <nav>
                      The frame <Link to="/elsewhere">Elsewhere</Link>
                    </nav>
                    <Outlet />
                  </main>
                </RouteBoundary>
              }
            >
              {/* As in the console: one boundary around the screens of a frame, kept across them. */}
              <Route
                element={
                  <RouteBoundary>
                    <Outlet />
                  </RouteBoundary>
                }
              >
                <Route path="/" element={<Screen />} />
                <Route path="/elsewhere" element={<p>Another screen</p>} />
              </Route>
            </Route>
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('a route that throws', () => {
  it('shows the failure in plain words inside the frame, and Try again renders the route afresh', async () => {
    renderRoutes(flakyScreen());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('O2G error');
    expect(alert).toHaveTextContent('Busy. The O2G may be busy or restarting');
    expect(screen.getByText('The frame')).toBeInTheDocument();
    expect(screen.queryByText(/Unexpected Application Error/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Read: the telephonic state')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('catches a plain render exception too, and says what broke', async () => {
    function Broken(): React.ReactNode {
      throw new Error('cannot read the call list');
    }
    renderRoutes(Broken);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('cannot read the call list');
  });

  it('forgets the failure when the user goes to another screen', async () => {
    function Broken(): React.ReactNode {
      throw new Error('cannot read the call list');
    }
    renderRoutes(Broken);
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Another screen')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a reload when a screen’s code failed to download', async () => {
    function Missing(): React.ReactNode {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/telephony-abc.js');
    }
    renderRoutes(Missing);
    expect(await screen.findByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The page could not be loaded');
  });
});
