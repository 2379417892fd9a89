import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDuration } from '../../../lib/format-time';
import { useNow } from '../../../lib/use-now';
import type { Call } from '../../../o2g/contract';
import type { LabExtension } from '../api/list-extensions';
import { useCallStart } from '../api/call-starts';
import { useCallAction } from '../api/use-call-actions';
import type { CallAction } from '../model/call-view';
import { allowedActions, callPhase, isConference, participantsLabel, PHASE_COLORS } from '../model/call-view';
import { describeTelephonyError } from '../model/telephony-error';
import { CallInputForm } from './call-input-form';

const LABELS: Record<CallAction, string> = {
  answer: 'Answer',
  hold: 'Hold',
  retrieve: 'Retrieve',
  hangUp: 'Hang up',
  transfer: 'Transfer to held call',
  conference: 'Conference with held call',
  blindTransfer: 'Transfer…',
  sendDtmf: 'Send DTMF…',
};

/** One call of one extension: its state, who is in it, for how long, and the buttons its capabilities allow. */
export function CallCard({
  baseUrl,
  admin,
  extension,
  call,
  heldCallRef,
}: {
  baseUrl: string;
  admin: boolean;
  extension: LabExtension;
  call: Call;
  /** Another call of this extension that is on hold, for a consultation transfer. */
  heldCallRef?: string;
}) {
  const action = useCallAction(baseUrl, admin, extension);
  const [asking, setAsking] = useState<'blindTransfer' | 'sendDtmf' | null>(null);
  const startedAt = useCallStart({ baseUrl, loginName: extension.loginName, callRef: call.callRef });
  const elapsed = formatDuration(Math.floor((useNow() - startedAt) / 1000));
  const phase = callPhase(call);
  const actions = allowedActions(call, heldCallRef);
  const failure = action.isError
    ? describeTelephonyError(action.error, action.variables.argument)
    : undefined;
  const card = useRef<HTMLDivElement>(null);
  // A call this extension places appears below the dialler, off screen on a phone: bring it into view
  // once, when it first shows (an incoming call elsewhere does not pull the page away).
  const placedHere = phase === 'dialling' || phase === 'ringing out';
  const [placedOnMount] = useState(placedHere);
  useEffect(() => {
    if (placedOnMount) card.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [placedOnMount]);
  const run = (name: CallAction) => {
    if (name === 'blindTransfer' || name === 'sendDtmf') return setAsking(asking === name ? null : name);
    action.mutate({
      action: name,
      call,
      argument: name === 'transfer' || name === 'conference' ? heldCallRef : undefined,
    });
  };

  return (
    <Paper
      ref={card}
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={`Call ${call.callRef} of ${extension.number}`}
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Badge color={PHASE_COLORS[phase]} aria-label={`State: ${phase}`}>
              {phase}
            </Badge>
            {isConference(call) && (
              <Badge color="cyan" variant="light">
                conference
              </Badge>
            )}
            <Text size="sm">
              {isConference(call) ? `With ${participantsLabel(call)}` : participantsLabel(call)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" ff="monospace" aria-label="Time in call">
            {elapsed}
          </Text>
        </Group>
        <Group gap={6}>
          {actions.map((name) => (
            <Button
              key={name}
              size="xs"
              variant={name === 'hangUp' ? 'filled' : 'light'}
              color={name === 'hangUp' ? 'red' : name === 'answer' ? 'green' : undefined}
              loading={action.isPending && action.variables.action === name}
              onClick={() => run(name)}
              aria-label={`${LABELS[name].replace('…', '')} (${extension.number})`}
            >
              {LABELS[name]}
            </Button>
          ))}
          {actions.length === 0 && (
            <Text size="xs" c="dimmed">
              Nothing can be done with this call now.
            </Text>
          )}
        </Group>
        {asking && (
          <CallInputForm
            kind={asking}
            pending={action.isPending}
            onSubmit={(value) => action.mutate({ action: asking, call, argument: value })}
          />
        )}
        {failure && (
          <Alert color="red" title={failure.title} role="alert" p="xs">
            {failure.message}
          </Alert>
        )}
        <Text size="xs" c="dimmed" ff="monospace">
          callRef {call.callRef}
        </Text>
      </Stack>
    </Paper>
  );
}
