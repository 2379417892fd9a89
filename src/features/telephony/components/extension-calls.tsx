import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';
import type { LabExtension } from '../api/list-extensions';
import { telephonyQueries } from '../api/telephony-queries';
import { callPhase } from '../model/call-view';
import { CallCard } from './call-card';

/** The calls of one extension, each with its buttons; nothing at all while it has none. */
export function ExtensionCalls({
  baseUrl,
  admin,
  extension,
  showEmpty = false,
}: {
  baseUrl: string;
  admin: boolean;
  extension: LabExtension;
  showEmpty?: boolean;
}) {
  const { http } = useO2gClient();
  const state = useQuery(telephonyQueries.state(http, baseUrl, extension.loginName, admin));
  const calls = state.data?.calls ?? [];
  if (calls.length === 0 && !showEmpty) return null;
  const held = calls.find((call) => callPhase(call) === 'held')?.callRef;
  return (
    <Stack gap="xs" component="section" aria-label={`Calls of ${extension.number}`}>
      <Title order={3} size="h5">
        {extension.number} {extension.name}
      </Title>
      {calls.length === 0 && (
        <Text size="sm" c="dimmed">
          No call.
        </Text>
      )}
      {calls.map((call) => (
        <CallCard
          key={call.callRef}
          baseUrl={baseUrl}
          admin={admin}
          extension={extension}
          call={call}
          heldCallRef={held}
        />
      ))}
    </Stack>
  );
}
