import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import type { VoicemailCall } from '../api/use-voicemail-call';

// The lab's (and the usual OXE) voicemail number, for a user record that does not name one.
const DEFAULT_VOICEMAIL_NUMBER = '1999';

interface Profile {
  deviceId: string;
  voicemailNumber?: string;
}

/**
 * "Call voicemail" from the user's device, and what became of the panel's last call (this one or a
 * call back): the call itself shows in the telephony panel, which follows the O2G's events.
 */
export function CallControls({
  profile,
  call,
  telephonyHref,
}: {
  profile: UseQueryResult<Profile>;
  call: UseMutationResult<unknown, Error, VoicemailCall>;
  telephonyHref: string;
}) {
  const number = profile.data?.voicemailNumber ?? DEFAULT_VOICEMAIL_NUMBER;
  return (
    <Stack gap={6} align="end" maw={360}>
      <Button
        variant="light"
        loading={profile.isPending || (call.isPending && call.variables.callee === number)}
        disabled={!profile.data}
        onClick={() => profile.data && call.mutate({ deviceId: profile.data.deviceId, callee: number })}
      >
        Call voicemail ({number})
      </Button>
      {profile.isLoadingError && (
        <Text size="xs" c="red" role="alert">
          The user&rsquo;s device is unknown ({describeO2gError(profile.error).message}), so no call can be
          made.
        </Text>
      )}
      {call.isSuccess && (
        <Text size="sm" role="status" ta="right">
          Calling {call.variables.callee} from {call.variables.deviceId}: follow the call in{' '}
          <Anchor component={Link} to={telephonyHref}>
            Telephony
          </Anchor>
          .
        </Text>
      )}
      {call.isError && (
        <Alert color="red" role="alert" title={`Call to ${call.variables.callee} failed`} p="xs">
          {describeO2gError(call.error).message}
        </Alert>
      )}
    </Stack>
  );
}
