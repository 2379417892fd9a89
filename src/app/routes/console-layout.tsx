import { Outlet } from 'react-router';
import { PageFrame } from '../../components/page-frame';

/** The frame of the pages that need no session (sign-in, not found). */
export function ConsoleLayout() {
  return (
    <PageFrame>
      <Outlet />
    </PageFrame>
  );
}
