import { Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import { VoicemailPanel } from '../../features/voicemail/components/voicemail-panel';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';

export function Component() {
  const session = useO2gSession();
  const { search } = useLocation();
  if (!session) return null;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Voicemail</Title>
        <Text c="dimmed">
          The voice mailbox on the O2G: new and heard messages, live from its event summary; play them here or
          call the voicemail from the phone.
        </Text>
      </div>
      <VoicemailPanel
        baseUrl={session.baseUrl}
        admin={session.info.admin}
        sessionLogin={session.loginName}
        // The act-as pick (?loginName=) goes along, so the telephony panel shows the same user's calls.
        telephonyHref={`${paths.telephony.href()}${search}`}
      />
    </Stack>
  );
}
