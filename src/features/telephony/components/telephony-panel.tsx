import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { LoadingLine, ReadFailed } from '../../../components/query-states';
import { useQuery } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { telephonyQueries } from '../api/telephony-queries';
import { useActAs } from '../../../lib/use-act-as';
import { CallFromSelect } from './call-from-select';
import { DialForm } from './dial-form';
import { EndedCalls } from './ended-calls';
import { ExtensionCalls } from './extension-calls';
import { ExtensionGrid } from './extension-grid';

/**
 * The telephony panel: the lab's extensions live, a dialler, and the calls with their buttons. State
 * comes from the query cache, which the O2G's events keep current (see `telephonyEvents`).
 */
export function TelephonyPanel({
  baseUrl,
  admin,
  sessionLogin,
}: {
  baseUrl: string;
  admin: boolean;
  sessionLogin: string;
}) {
  const client = useO2gClient();
  const extensionsQuery = useQuery(telephonyQueries.extensions(client.http, baseUrl, admin));
  const [actAs, setActAs] = useActAs();

  if (extensionsQuery.isPending) return <LoadingLine>Loading the lab&rsquo;s extensions…</LoadingLine>;
  if (extensionsQuery.isLoadingError) {
    return (
      <ReadFailed
        what="list the extensions"
        error={extensionsQuery.error}
        onRetry={() => void extensionsQuery.refetch()}
      />
    );
  }
  const extensions = extensionsQuery.data;
  const watched = extensions.filter((extension) => extension.controllable);
  const from = admin
    ? watched.find((extension) => extension.loginName === actAs)
    : watched.find((extension) => extension.loginName === sessionLogin);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DialForm
          baseUrl={baseUrl}
          admin={admin}
          from={from}
          extensions={extensions}
          callFromPicker={
            <CallFromSelect admin={admin} extensions={extensions} value={from} onChange={setActAs} />
          }
        />
        <Stack gap="sm" component="section" aria-labelledby="calls-title">
          <Title order={2} size="h4" id="calls-title">
            Calls
          </Title>
          <Text size="sm" c="dimmed">
            {admin
              ? 'Calls of every extension appear here as the O2G reports them.'
              : 'Your calls appear here as the O2G reports them.'}
          </Text>
          {watched.map((extension) => (
            <ExtensionCalls
              key={extension.loginName}
              baseUrl={baseUrl}
              admin={admin}
              extension={extension}
              showEmpty={!admin}
            />
          ))}
          <EndedCalls baseUrl={baseUrl} admin={admin} watched={watched} />
        </Stack>
      </SimpleGrid>
      <Stack gap="xs" component="section" aria-labelledby="extensions-title">
        <Title order={2} size="h4" id="extensions-title">
          Extensions
        </Title>
        {extensions.length === 0 ? (
          <Text c="dimmed">The O2G lists no extension for this session.</Text>
        ) : (
          <ExtensionGrid baseUrl={baseUrl} admin={admin} extensions={extensions} />
        )}
      </Stack>
    </Stack>
  );
}
