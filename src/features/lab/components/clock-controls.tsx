import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LabState } from '../../../o2g/contract/lab-controls';
import type { LabControls } from '../../../o2g/lab-controls';
import type { LabAction } from '../api/lab-actions';
import { clockWords, durationWords } from '../model/lab-words';

/** The lab's own limit on one move of its clock: a week. */
const MAX_SECONDS = 7 * 24 * 3600;

/** Moves the lab's clock: a ringing call times out, a session nobody keeps alive expires. */
export function ClockControls({
  timing,
  controls,
  run,
}: {
  timing: LabState['timing'];
  controls: LabControls;
  run: (action: LabAction) => void;
}) {
  const [seconds, setSeconds] = useState<number | string>(60);
  const advance = (by: number) =>
    run({
      pending: `Moving the lab's clock ${durationWords(by)} forward…`,
      run: async () => clockWords(by, (await controls.advanceClock(by)).nowMs),
    });
  // One second past each limit: at the limit itself nothing has happened yet.
  const ringTimeout = timing.ringTimeoutSeconds + 1;
  const sessionExpiry = timing.sessionExpirySeconds + 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typeof seconds === 'number' && seconds > 0) advance(seconds);
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => advance(ringTimeout)}>
          Past the ring timeout (+{durationWords(ringTimeout)})
        </Button>
        <Button size="xs" variant="light" color="orange" onClick={() => advance(sessionExpiry)}>
          Past session expiry (+{durationWords(sessionExpiry)})
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Past session expiry, every open session has gone without a keepalive for too long: this console&apos;s
        session ends too, as it would on a real O2G.
      </Text>
      <form onSubmit={submit} aria-label="Move the clock">
        <Group gap="xs" align="flex-end">
          <NumberInput
            label="Seconds"
            value={seconds}
            onChange={setSeconds}
            min={1}
            max={MAX_SECONDS}
            allowDecimal={false}
            allowNegative={false}
            w={120}
          />
          <Button type="submit" size="xs" variant="default">
            Advance the clock
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
