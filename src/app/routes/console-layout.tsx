import { Outlet } from 'react-router';
import { ConsoleShell } from '../../components/console-shell';

/** The frame every screen renders in. */
export function ConsoleLayout() {
  return (
    <ConsoleShell>
      <Outlet />
    </ConsoleShell>
  );
}
