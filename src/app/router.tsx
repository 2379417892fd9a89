import { createBrowserRouter, Navigate } from 'react-router';
import { ConsoleLayout } from './routes/console-layout';
import { paths } from './paths';

/**
 * Route objects for the console. Each screen is a lazy route module, so the login page never pulls in
 * code of the screens behind it.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <ConsoleLayout />,
      children: [
        { path: paths.home.path, element: <Navigate to={paths.login.href()} replace /> },
        { path: paths.login.path, lazy: () => import('./routes/login') },
        { path: '*', lazy: () => import('./routes/not-found') },
      ],
    },
  ]);
}
