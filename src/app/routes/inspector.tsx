import { Stack, Text, Title } from '@mantine/core';
import { ExchangeTable } from '../../features/inspector/components/exchange-table';
import { useExchanges } from '../../features/inspector/model/exchange-log-context';

export function Component() {
  const exchanges = useExchanges();
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Inspector</Title>
        <Text c="dimmed">Every O2G request of this console, newest first, with secrets redacted.</Text>
      </div>
      <ExchangeTable exchanges={exchanges} />
    </Stack>
  );
}
