import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { z } from 'zod';
import type { Mailbox } from '../../../o2g/contract';
import type { ConnectVariables } from '../api/use-mailbox-actions';
import type { MailboxConnection } from '../api/voicemail-queries';
import { describeConnectError } from '../model/voicemail-error';

const passwordForm = z.object({
  password: z.string().min(1, 'Type the mailbox password, or use the user password instead.'),
});

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
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: schemaResolver(passwordForm, { sync: true }),
    // The refusal was about the password sent, not the one being typed.
    onValuesChange: () => {
      if (connect.isError) connect.reset();
    },
  });
  const send = (variables: ConnectVariables) => {
    form.reset();
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
        onSubmit={form.onSubmit(({ password }) => send({ passwordBox: { value: password } }))}
      >
        <Group align="end" gap="sm">
          <PasswordInput
            label="Mailbox password"
            {...form.getInputProps('password')}
            // Nothing offers to save it: it is asked again each session.
            autoComplete="off"
            w={220}
          />
          <Group gap="sm">
            <Button type="submit" loading={connect.isPending && !byUser}>
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
