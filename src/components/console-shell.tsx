import type { ReactNode } from 'react';
import { AppShell, Burger, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ColorSchemeToggle } from './color-scheme-toggle';

interface ConsoleShellProps {
  /** Shown at the header's right, before the theme switch (who is signed in, the session's time…). */
  headerRight?: ReactNode;
  /** The side navigation; without it the page takes the whole width (the sign-in page). */
  navbar?: ReactNode;
  /** Shown above the page, e.g. a session-lost banner. */
  banner?: ReactNode;
  children: ReactNode;
}

/** The console's frame: a header with the product name and the theme switch, an optional navbar, the page. */
export function ConsoleShell({ headerRight, navbar, banner, children }: ConsoleShellProps) {
  const [opened, { toggle }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={navbar ? { width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {navbar && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Toggle navigation"
              />
            )}
            <Title order={2} size="h4">
              O2G Console
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              for Alcatel-Lucent Enterprise O2G
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerRight}
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      {navbar && (
        <AppShell.Navbar p="xs" aria-label="Console sections">
          {navbar}
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        {banner}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
