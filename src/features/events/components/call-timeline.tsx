import { Badge, Group, Paper, Select, Stack, Text, Timeline, Title } from '@mantine/core';
import type { LoggedEvent } from '../model/event-log';
import { callRefsOf, callTimeline } from '../model/call-timeline';
import { formatClockTime } from '../../../lib/format-time';

const PHASE_COLORS: Record<string, string> = {
  ringing: 'yellow',
  active: 'green',
  held: 'grape',
  releasing: 'orange',
  released: 'gray',
};

interface CallTimelineProps {
  entries: readonly LoggedEvent[];
  callRef: string | null;
  onPickCall: (callRef: string | null) => void;
}

/** One call's life from its events, in order: created → ringing → active → released, per login. */
export function CallTimeline({ entries, callRef, onPickCall }: CallTimelineProps) {
  const callRefs = callRefsOf(entries);
  const steps = callRef ? callTimeline(entries, callRef) : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-timeline-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4" id="call-timeline-title">
            Call timeline
          </Title>
          <Select
            label="Call"
            placeholder={callRefs.length ? 'Pick a call' : 'No call yet'}
            data={callRefs}
            value={callRef}
            onChange={onPickCall}
            disabled={callRefs.length === 0 && !callRef}
            clearable
            size="xs"
            w={220}
            ff="monospace"
          />
        </Group>
        {!callRef ? (
          <Text c="dimmed" size="sm">
            {callRefs.length
              ? 'Pick a call here, or a call reference in the log, to see its events in order.'
              : 'Calls appear here once their events arrive: make or receive a call.'}
          </Text>
        ) : steps.length === 0 ? (
          <Text c="dimmed" size="sm">
            The log holds no event of call {callRef} any more (cleared, or dropped off the end).
          </Text>
        ) : (
          <Timeline
            active={steps.length - 1}
            bulletSize={14}
            lineWidth={2}
            aria-label={`Timeline of call ${callRef}`}
          >
            {steps.map((step) => (
              <Timeline.Item
                key={step.seq}
                color={PHASE_COLORS[step.phase.split(', ').at(-1) ?? ''] ?? 'blue'}
                title={
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {step.phase}
                    </Text>
                    {step.loginName && (
                      <Badge size="xs" variant="light" tt="none">
                        {step.loginName}
                      </Badge>
                    )}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed" ff="monospace">
                  {formatClockTime(step.at)} · {step.eventName}
                  {step.mediaState ? ` · ${step.mediaState}` : ''}
                  {step.cause ? ` · cause ${step.cause}` : ''}
                  {step.participants.length ? ` · with ${step.participants.join(', ')}` : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
