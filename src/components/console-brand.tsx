import type { ReactNode } from 'react';
import { Text, Title } from '@mantine/core';
import classes from './console-brand.module.css';

/** The product's name at the header's left, after whatever comes first (the navigation's burger). */
export function ConsoleBrand({ children }: { children?: ReactNode }) {
  return (
    <div className={classes.brand}>
      {children}
      <Title order={2} size="h4" style={{ whiteSpace: 'nowrap' }}>
        O2G Console
      </Title>
      <Text size="sm" c="dimmed" visibleFrom="md" truncate>
        for Alcatel-Lucent Enterprise O2G
      </Text>
    </div>
  );
}
