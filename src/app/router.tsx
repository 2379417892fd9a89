import type { RouteObject } from 'react-router';
import { Navigate, Outlet, useRoutes } from 'react-router';
import { ConsoleLayout } from './routes/console-layout';
import { RouteBoundary } from './routes/route-error';
import { paths } from './paths';
import { screens } from './screens';

/**
 * Screens inside a layout, behind a boundary of their own: a screen that fails shows its error inside the
 * layout's frame (navigation and session status stay usable), not instead of it.
 */
function withinFrame(children: RouteObject[]): RouteObject[] {
  return [
    {
      element: (
        <RouteBoundary>
          <Outlet />
        </RouteBoundary>
      ),
      children,
    },
  ];
}

/**
 * The console's routes, built once (not from JSX on every navigation). Both layouts have a boundary too,
 * for a layout that fails itself (its code did not download, say).
 */
const ROUTES: RouteObject[] = [
  {
    element: (
      <RouteBoundary>
        <screens.signedInFrame />
      </RouteBoundary>
    ),
    children: withinFrame([
      { path: paths.home.path, element: <Navigate to={paths.services.href()} replace /> },
      { path: paths.services.path, element: <screens.services /> },
      { path: paths.service.path, element: <screens.service /> },
      { path: paths.explorer.path, element: <screens.explorer /> },
      { path: paths.telephony.path, element: <screens.telephony /> },
      { path: paths.voicemail.path, element: <screens.voicemail /> },
      { path: paths.events.path, element: <screens.events /> },
      { path: paths.inspector.path, element: <screens.inspector /> },
    ]),
  },
  {
    element: (
      <RouteBoundary>
        <ConsoleLayout />
      </RouteBoundary>
    ),
    children: withinFrame([
      { path: paths.login.path, element: <screens.login /> },
      { path: '*', element: <screens.notFound /> },
    ]),
  },
];

/**
 * The console's screens by address. React Router's declarative mode: the console loads no data through
 * the router (its screens read through TanStack Query), and the data router cost the sign-in page about
 * 16 kB of JS (docs/decisions/0022).
 */
export function AppRoutes() {
  return useRoutes(ROUTES);
}
