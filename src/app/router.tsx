import type { RouteObject } from 'react-router';
import { createBrowserRouter, Navigate } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { ConsoleLayout } from './routes/console-layout';
import { RouteError } from './routes/route-error';
import { paths } from './paths';

/**
 * Screens inside a layout, behind a boundary of their own: a screen that fails shows its error inside the
 * layout's frame (navigation and session status stay usable), not instead of it.
 */
function withinFrame(children: RouteObject[]): RouteObject[] {
  return [{ errorElement: <RouteError />, children }];
}

/**
 * Route objects for the console. Each screen is a lazy route module, so the sign-in page never pulls in
 * the code of the screens behind it. Both layouts have an error boundary too, for a layout that fails
 * itself (its code did not download, say): no failure ends on React Router's bare error page.
 */
export function appRoutes(): RouteObject[] {
  return [
    {
      // The signed-in frame (events, keepalive, voicemail lamp…) is code the sign-in page does not need.
      lazy: async () => ({ Component: (await import('./routes/session-layout')).SignedInFrame }),
      // The first screen's code is loaded lazily: show a loader meanwhile rather than nothing.
      hydrateFallbackElement: <PageLoader />,
      errorElement: <RouteError />,
      children: withinFrame([
        { path: paths.home.path, element: <Navigate to={paths.services.href()} replace /> },
        { path: paths.services.path, lazy: () => import('./routes/services') },
        { path: paths.service.path, lazy: () => import('./routes/service') },
        { path: paths.explorer.path, lazy: () => import('./routes/explorer') },
        { path: paths.telephony.path, lazy: () => import('./routes/telephony') },
        { path: paths.voicemail.path, lazy: () => import('./routes/voicemail') },
        { path: paths.events.path, lazy: () => import('./routes/events') },
        { path: paths.inspector.path, lazy: () => import('./routes/inspector') },
      ]),
    },
    {
      element: <ConsoleLayout />,
      hydrateFallbackElement: <PageLoader />,
      errorElement: <RouteError />,
      children: withinFrame([
        { path: paths.login.path, lazy: () => import('./routes/login') },
        { path: '*', lazy: () => import('./routes/not-found') },
      ]),
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}
