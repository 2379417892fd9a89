import type { ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';

/**
 * A console section's page: its heading (where focus lands after a route change), one line on what it
 * shows, then its content.
 */
export function SectionPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{intro}</Text>
      </div>
      {children}
    </Stack>
  );
}
