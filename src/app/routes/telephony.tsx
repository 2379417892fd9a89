import { Stack, Text, Title } from '@mantine/core';
import { TelephonyPanel } from '../../features/telephony/components/telephony-panel';
import { useO2gSession } from '../../lib/o2g-client-context';

export function Component() {
  const session = useO2gSession();
  if (!session) return null;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Telephony</Title>
        <Text c="dimmed">
          Dial the lab&rsquo;s extensions and watch the calls happen, live from the O2G&rsquo;s events.
        </Text>
      </div>
      <TelephonyPanel baseUrl={session.baseUrl} admin={session.info.admin} sessionLogin={session.loginName} />
    </Stack>
  );
}
