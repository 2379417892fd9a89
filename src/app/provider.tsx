import './mantine-styles';
import type { ReactNode } from 'react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { createO2gClient } from '../o2g/client';
import { O2gClientContext } from '../lib/o2g-client-context';
import { createExchangeLog } from '../features/inspector/model/exchange-log';
import { ExchangeLogContext } from '../features/inspector/model/exchange-log-context';
import { cssVariablesResolver, theme } from '../theme';

// Only signed-in pages show notifications: the sign-in page does not wait for their code.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

/**
 * Everything a screen of the console expects around it: theme, notifications, the O2G client and the
 * inspector's log of its exchanges. One of each per mounted app (and per test). The query cache is the
 * signed-in frame's (`SessionQueries`): the sign-in page does without it.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  // The console keeps no credential itself: its proxy's session vault does (docs/decisions/0014).
  const [o2gClient] = useState(() => createO2gClient({ vault: true }));
  const [exchangeLog] = useState(createExchangeLog);
  useEffect(() => o2gClient.exchanges.subscribe(exchangeLog.add), [o2gClient, exchangeLog]);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Suspense fallback={null}>
        {/* Below the header, never over it (layout.css). */}
        <Notifications position="top-right" />
      </Suspense>
      <O2gClientContext.Provider value={o2gClient}>
        <ExchangeLogContext.Provider value={exchangeLog}>{children}</ExchangeLogContext.Provider>
      </O2gClientContext.Provider>
    </MantineProvider>
  );
}
