import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { Mailbox } from '../../../o2g/contract';
import type { ConnectVariables } from '../api/use-mailbox-actions';
import type { MailboxConnection } from '../api/voicemail-queries';
import { describeConnectError } from '../model/voicemail-error';

/**
 * The mailbox "connect" step: with the mailbox password, or vouched for by the user's own O2G password
 * (`withUserPwd`). The typed password lives in this form's state only, and is cleared once sent.
 */
export function MailboxConnectForm({
  mailbox,
  admin,
  connect,
}: {
  mailbox: Mailbox;
  /** An administrator vouches with the user's password, not its own. */
  admin: boolean;
  connect: UseMutationResult<MailboxConnection, Error, ConnectVariables>;
}) {
  const [password, setPassword] = useState('');
  const send = (variables: ConnectVariables) => {
    setPassword('');
    connect.mutate(variables);
  };
  const byUser = connect.variables !== undefined && 'withUserPwd' in connect.variables;
  const error = connect.isError ? describeConnectError(connect.error, byUser) : undefined;

  return (
    <Stack gap="sm" maw={520}>
      <Text size="sm">
        Open the mailbox to read its messages. The O2G asks for the mailbox password, or accepts the
        user&rsquo;s own password when the mailbox was set up with the same one.
      </Text>
      <form
        aria-label={`Connect to mailbox ${mailbox.id}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (password !== '') send({ passwordBox: { value: password } });
        }}
      >
        <Group align="end" gap="sm">
          <PasswordInput
            label="Mailbox password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            // Nothing offers to save it: it is asked again each session.
            autoComplete="off"
            w={220}
          />
          <Button type="submit" disabled={password === ''} loading={connect.isPending && !byUser}>
            Connect
          </Button>
          <Button
            variant="light"
            loading={connect.isPending && byUser}
            disabled={connect.isPending && !byUser}
            onClick={() => send({ withUserPwd: true })}
          >
            {admin ? 'Use the user\u2019s password' : 'Use my user password'}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" role="alert" title={error.title}>
          {error.message}
        </Alert>
      )}
    </Stack>
  );
}
