import { useRef, type ReactNode } from 'react';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { ConsoleBrand } from './console-brand';
import classes from './page-frame.module.css';
import { SkipLink } from './skip-link';
import { useFocusMainHeading } from './use-focus-main-heading';
import { useSubmitShortcut } from './use-submit-shortcut';

/**
 * The frame of the pages that need no session (sign-in, not found): the console's header and the page.
 * It draws what `ConsoleShell` draws for such a page with a header and a main element of its own, not
 * with Mantine’s AppShell, which the sign-in page would otherwise load for a bar and a padding (about
 * 10 kB of JS gzip with what it brings; docs/decisions/0022).
 */
export function PageFrame({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  useFocusMainHeading(main);
  useSubmitShortcut();
  return (
    <>
      <SkipLink main={main} />
      <header className={classes.header}>
        <div className={classes.bar}>
          <ConsoleBrand />
          <ColorSchemeToggle />
        </div>
      </header>
      <main ref={main} id="main-content" tabIndex={-1} className={classes.main}>
        {children}
      </main>
    </>
  );
}
