import type { ReactNode } from 'react';
import { AppShell, Group, Text, Title } from '@mantine/core';
import { ColorSchemeToggle } from './color-scheme-toggle';

/** The console's frame: a header with the product name and the colour-scheme switch, then the page. */
export function ConsoleShell({ headerRight, children }: { headerRight?: ReactNode; children: ReactNode }) {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={2} size="h4">
              O2G Console
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              for Alcatel-Lucent Enterprise O2G
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerRight}
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
