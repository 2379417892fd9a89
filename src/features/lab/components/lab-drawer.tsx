import { Alert, Button, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import type { LabControls } from '../../../o2g/lab-controls';
import { labStateQuery, useLabAction, type LabAction } from '../api/lab-actions';
import { droppedWords } from '../model/lab-words';
import { ClockControls } from './clock-controls';
import { IncomingCallForm } from './incoming-call-form';
import { LabOutcome } from './lab-outcome';
import { PhoneControls } from './phone-controls';

/** A titled part of the drawer, a region a screen reader can jump to. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `lab-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb={6}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * The embedded lab's controls, for one person exploring telephony who needs to play the other side:
 * answer or hang up as any extension, busy or unplugged phones, a call from outside, the clock, the
 * event channel, a reset. Results show here; what they do to calls shows in the telephony view, which
 * learns it from the O2G's events like any change made on a real phone.
 */
export function LabDrawer({
  opened,
  onClose,
  controls,
}: {
  opened: boolean;
  onClose: () => void;
  controls: LabControls;
}) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title="Lab controls"
      closeButtonProps={{ 'aria-label': 'Close lab controls' }}
    >
      <LabDrawerBody controls={controls} />
    </Drawer>
  );
}

function LabDrawerBody({ controls }: { controls: LabControls }) {
  const state = useQuery(labStateQuery(controls));
  const action = useLabAction();
  const [confirmReset, setConfirmReset] = useState(false);
  // One action at a time; controls stay focusable meanwhile, so a keyboard user never loses their place.
  const run = (next: LabAction) => {
    if (!action.isPending) action.mutate(next);
  };

  if (state.isPending) return <Loader size="sm" aria-label="Reading the lab" />;
  if (state.isError) {
    const words = describeO2gError(state.error);
    return (
      <Alert color="red" variant="light" title={words.title} role="alert">
        {words.message}
      </Alert>
    );
  }
  const phones = state.data.users.map((user) => user.phone);
  return (
    <Stack gap="md">
      <Text size="sm">
        Play the other side of a call in the embedded lab. Calls change in the telephony view through the
        O2G&apos;s own events, as they would from a real phone.
      </Text>
      <LabOutcome action={action} />
      <Divider />
      <Section title="Phones">
        <PhoneControls phones={phones} controls={controls} run={run} />
      </Section>
      <Divider />
      <Section title="Call from outside">
        <IncomingCallForm phones={phones} controls={controls} run={run} />
      </Section>
      <Divider />
      <Section title="Clock">
        <ClockControls timing={state.data.timing} controls={controls} run={run} />
      </Section>
      <Divider />
      <Section title="Event channel">
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            run({
              pending: 'Cutting the event channels…',
              run: async () => droppedWords((await controls.dropEventChannels()).dropped),
            })
          }
        >
          Drop the event channel
        </Button>
      </Section>
      <Divider />
      <Section title="Reset">
        <Text size="sm" mb={6}>
          Back to the lab file: every session ends (this console&apos;s too), calls, messages and routing
          start over.
        </Text>
        {confirmReset ? (
          <Group gap="xs">
            <Button
              size="xs"
              color="red"
              onClick={() => {
                setConfirmReset(false);
                run({
                  pending: 'Resetting the lab…',
                  run: async () => {
                    await controls.reset();
                    return 'The lab is back to its lab file. Sign in again to go on.';
                  },
                });
              }}
            >
              Reset now
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirmReset(false)}>
              Keep the lab as it is
            </Button>
          </Group>
        ) : (
          <Button size="xs" color="red" variant="light" onClick={() => setConfirmReset(true)}>
            Reset the lab
          </Button>
        )}
      </Section>
    </Stack>
  );
}
