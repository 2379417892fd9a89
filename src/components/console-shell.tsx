import { useDeferredValue, useRef, useState, type ReactNode } from 'react';
import { AppShell, Burger } from '@mantine/core';
import { useLocation } from 'react-router';
import classes from './console-shell.module.css';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { ConsoleBrand } from './console-brand';
import { SkipLink } from './skip-link';
import { useBorderHeight } from './use-border-height';
import { useFocusMainHeading } from './use-focus-main-heading';
import { useSubmitShortcut } from './use-submit-shortcut';

interface ConsoleShellProps {
  /** Shown at the header's right, before the theme switch (who is signed in, the session's time…). */
  headerRight?: ReactNode;
  /**
   * The side navigation; without it the page takes the whole width. (The sign-in page has a frame of its
   * own, PageFrame.)
   */
  navbar?: ReactNode;
  /** Shown above the page, e.g. a session-lost banner. */
  banner?: ReactNode;
  children: ReactNode;
}

/** The console's frame: a header with the product name and the theme switch, an optional navbar, the page. */
export function ConsoleShell({ headerRight, navbar, banner, children }: ConsoleShellProps) {
  const { pathname } = useLocation();
  // The phone-size drawer belongs to the page it was opened on: picking a section closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const opened = openedOn === pathname;
  const main = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  // On a phone the header is as tall as its rows (see the module's CSS) plus its 1px bottom border;
  // two rows until the bar is measured.
  const phoneHeaderHeight = (useBorderHeight(bar) ?? 92) + 1;
  useFocusMainHeading(main);
  // The page first: a new frame (just after signing in, say) shows its page, then the header's session
  // controls and the navigation one render later, not all of it after the slowest part.
  const chromeShown = useDeferredValue(true, false);
  useSubmitShortcut();
  return (
    <AppShell
      // A phone gives the session's controls rows of their own under the product name (see the CSS).
      header={{ height: headerRight ? { base: phoneHeaderHeight, sm: 56 } : 56 }}
      navbar={navbar ? { width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'xs', sm: 'md' }}
    >
      <SkipLink main={main} />
      <AppShell.Header>
        <div ref={bar} className={classes.bar}>
          <ConsoleBrand>
            {navbar && (
              <Burger
                opened={opened}
                onClick={() => setOpenedOn(opened ? null : pathname)}
                hiddenFrom="sm"
                size="sm"
                aria-label="Toggle navigation"
                aria-expanded={opened}
              />
            )}
          </ConsoleBrand>
          {headerRight && <div className={classes.session}>{chromeShown && headerRight}</div>}
          <ColorSchemeToggle />
        </div>
      </AppShell.Header>
      {navbar && (
        <AppShell.Navbar p="xs" aria-label="Console sections">
          {chromeShown && navbar}
        </AppShell.Navbar>
      )}
      <AppShell.Main ref={main} id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        {banner}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
