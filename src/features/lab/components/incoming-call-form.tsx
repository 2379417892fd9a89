import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LabPhone } from '../../../o2g/contract/lab-controls';
import type { LabControls } from '../../../o2g/lab-controls';
import type { LabAction } from '../api/lab-actions';

/** An invented outside number, as a trunk presents it (the lab's own examples use it too). */
const OUTSIDE_NUMBER = '0388000000';

/** A call from outside the PBX, arriving on the trunk at an extension. */
export function IncomingCallForm({
  phones,
  controls,
  run,
}: {
  phones: readonly LabPhone[];
  controls: LabControls;
  run: (action: LabAction) => void;
}) {
  const [from, setFrom] = useState(OUTSIDE_NUMBER);
  const [to, setTo] = useState<string | null>(phones[0]?.number ?? null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to === null) return;
    const caller = from.trim();
    run({
      pending: `Calling ${to} from ${caller}…`,
      run: async () => {
        await controls.incomingCall(caller, to);
        return `${caller} is calling ${to} from outside.`;
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label="Call from outside">
      <Stack gap="xs">
        <TextInput
          label="Outside number"
          description="Who calls, as the trunk presents it"
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          inputMode="tel"
          required
        />
        <Select
          label="Extension called"
          data={phones.map((p) => ({ value: p.number, label: `${p.number} ${p.name}` }))}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
        />
        <Button type="submit" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
          Call in from outside
        </Button>
      </Stack>
    </form>
  );
}
