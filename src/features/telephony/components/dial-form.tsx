import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useO2gClient } from '../../../lib/o2g-client-context';
import type { LabExtension } from '../api/list-extensions';
import { telephonyQueries } from '../api/telephony-queries';
import { useMakeCall } from '../api/use-call-actions';
import { classifyNumber, VOICEMAIL_NUMBER } from '../model/dial-plan';
import { describeTelephonyError } from '../model/telephony-error';
import { DialPad } from './dial-pad';
import { LoopbackBuilder } from './loopback-builder';
import { NumberField } from './number-field';

/** The number must be one the lab's dial plan can place; the field says why not as it is typed. */
function dialSchema(extensions: LabExtension[]) {
  return z.object({
    number: z.string().refine((number) => classifyNumber(number, extensions).dialable, {
      error: (issue) => classifyNumber(String(issue.input), extensions).message,
    }),
    ringCallerFirst: z.boolean(),
  });
}

/**
 * "Make a call": the number (typed or from the dial pad or the loopback builder), checked against the
 * lab's dial plan as it is typed, and the call itself. On a refusal the number stays, so it can be fixed.
 */
export function DialForm({
  baseUrl,
  admin,
  from,
  extensions,
  callFromPicker,
}: {
  baseUrl: string;
  admin: boolean;
  /** The extension the call is made from, once chosen. */
  from: LabExtension | undefined;
  extensions: LabExtension[];
  callFromPicker: React.ReactNode;
}) {
  const makeCall = useMakeCall(baseUrl, admin);
  const form = useForm({
    mode: 'controlled',
    initialValues: { number: '', ringCallerFirst: false },
    validate: schemaResolver(dialSchema(extensions), { sync: true }),
    // A refusal was about the number sent: the next keystroke takes it away.
    onValuesChange: () => makeCall.reset(),
  });
  const number = form.values.number;
  const verdict = classifyNumber(number, extensions);
  const type = (next: string) => form.setFieldValue('number', next);
  const call = ({ number: typed, ringCallerFirst }: typeof form.values) => {
    if (from) makeCall.mutate({ from, callee: typed.trim(), ringCallerFirst });
  };
  const placing = usePlacedCallShowing(
    baseUrl,
    admin,
    from,
    makeCall.isSuccess,
    makeCall.submittedAt,
    makeCall.data?.callRef,
  );
  const failure = makeCall.isError ? describeTelephonyError(makeCall.error, number.trim()) : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="make-call-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="make-call-title">
          Make a call
        </Title>
        {callFromPicker}
        <form onSubmit={form.onSubmit(call)}>
          <Stack gap="sm">
            <NumberField value={number} onChange={type} verdict={verdict} />
            <DialPad onKey={(key) => type(number + key)} />
            <Checkbox
              label="Ring my phone first (Telephony make-call, autoAnswer off)"
              description="Otherwise a plain BasicTelephony call that dials at once."
              {...form.getInputProps('ringCallerFirst', { type: 'checkbox' })}
            />
            <Group gap="xs">
              <Button
                type="submit"
                disabled={!from || !verdict.dialable}
                loading={makeCall.isPending}
                aria-busy={makeCall.isPending}
              >
                Call
              </Button>
              <Button variant="default" onClick={() => type(VOICEMAIL_NUMBER)}>
                Voicemail ({VOICEMAIL_NUMBER})
              </Button>
            </Group>
            {!from && (
              <Text size="sm" c="dimmed">
                Pick the extension to call from first.
              </Text>
            )}
            {failure && (
              <Alert color="red" title={failure.title} role="alert">
                {failure.message}
              </Alert>
            )}
            {placing && (
              <Text size="sm" c="teal" role="status">
                Calling {number.trim()}
                {makeCall.data?.callRef ? ` (call ${makeCall.data.callRef})` : ''}.
              </Text>
            )}
          </Stack>
        </form>
        <LoopbackBuilder extensions={extensions} onBuild={type} />
      </Stack>
    </Paper>
  );
}

/**
 * Whether "Calling …" still describes something: from the moment the call is placed until the caller's
 * state, once it showed the call, no longer has it (ended, transferred, refused later). The call is
 * known by its callRef when the O2G gave one, else as any call of the caller.
 */
function usePlacedCallShowing(
  baseUrl: string,
  admin: boolean,
  from: LabExtension | undefined,
  placed: boolean,
  placedAt: number,
  callRef: string | undefined,
): boolean {
  const { http } = useO2gClient();
  const state = useQuery({
    ...telephonyQueries.state(http, baseUrl, from?.loginName ?? '', admin),
    enabled: placed && !!from,
  });
  const calls = state.data?.calls ?? [];
  const shows = callRef ? calls.some((call) => call.callRef === callRef) : calls.length > 0;
  const [seenAt, setSeenAt] = useState<number | null>(null);
  // Derived during render (React's pattern for state that follows props): remember that this attempt's
  // call was seen, so that its disappearance can be told from its not having arrived yet.
  if (placed && shows && seenAt !== placedAt) setSeenAt(placedAt);
  return placed && (shows || seenAt !== placedAt);
}
