import { Outlet } from 'react-router';
import { ConsoleShell } from '../../components/console-shell';

/** The frame of the pages that need no session (sign-in, not found). */
export function ConsoleLayout() {
  return (
    <ConsoleShell>
      <Outlet />
    </ConsoleShell>
  );
}
