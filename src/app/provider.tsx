import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { createO2gClient } from '../o2g/client';
import { O2gClientContext } from '../lib/o2g-client-context';
import { createExchangeLog } from '../features/inspector/model/exchange-log';
import { ExchangeLogContext } from '../features/inspector/model/exchange-log-context';
import { theme } from '../theme';
import { createQueryClient } from './query-client';

/**
 * Everything a screen of the console expects around it: theme, notifications, the query cache, the O2G
 * client and the inspector's log of its exchanges. One of each per mounted app (and per test).
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [o2gClient] = useState(createO2gClient);
  const [exchangeLog] = useState(createExchangeLog);
  useEffect(() => o2gClient.exchanges.subscribe(exchangeLog.add), [o2gClient, exchangeLog]);

  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <O2gClientContext.Provider value={o2gClient}>
          <ExchangeLogContext.Provider value={exchangeLog}>{children}</ExchangeLogContext.Provider>
        </O2gClientContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
