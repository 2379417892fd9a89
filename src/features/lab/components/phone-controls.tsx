import { Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { LabPhone } from '../../../o2g/contract/lab-controls';
import type { LabControls } from '../../../o2g/lab-controls';
import type { LabAction } from '../api/lab-actions';

interface PhoneControlsProps {
  phones: readonly LabPhone[];
  controls: LabControls;
  /** Runs an action (ignored while another runs: controls stay focusable for the keyboard). */
  run: (action: LabAction) => void;
}

/** Be the person at any lab phone: answer, hang up, be busy or out of service. */
export function PhoneControls({ phones, controls, run }: PhoneControlsProps) {
  const [number, setNumber] = useState<string | null>(phones[0]?.number ?? null);
  const phone = phones.find((candidate) => candidate.number === number);
  return (
    <Stack gap="xs">
      <Select
        label="Extension"
        description="The phone you play"
        data={phones.map((p) => ({ value: p.number, label: `${p.number} ${p.name}` }))}
        value={number}
        onChange={setNumber}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
      {phone && (
        <>
          <Group gap="xs">
            <Button
              size="xs"
              onClick={() =>
                run({
                  pending: `Answering as ${phone.number}…`,
                  run: async () => {
                    await controls.answer(phone.number);
                    return `${phone.number} answered the call.`;
                  },
                })
              }
            >
              Answer as {phone.number}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              onClick={() =>
                run({
                  pending: `Hanging up as ${phone.number}…`,
                  run: async () => {
                    await controls.hangUp(phone.number);
                    return `${phone.number} hung up.`;
                  },
                })
              }
            >
              Hang up as {phone.number}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            A busy phone refuses calls; one out of service cannot be reached at all.
          </Text>
          <Switch
            label="Busy"
            checked={phone.busy}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              run({
                pending: `${on ? 'Making' : 'Freeing'} ${phone.number}…`,
                run: async () => {
                  await controls.setBehaviour(phone.number, { busy: on });
                  return on
                    ? `${phone.number} is busy: calls to it are refused.`
                    : `${phone.number} is free.`;
                },
              });
            }}
          />
          <Switch
            label="Out of service"
            checked={phone.outOfService}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              run({
                pending: `Taking ${phone.number} ${on ? 'out of' : 'back into'} service…`,
                run: async () => {
                  await controls.setBehaviour(phone.number, { outOfService: on });
                  return `${phone.number} is ${on ? 'out of service' : 'in service again'}.`;
                },
              });
            }}
          />
        </>
      )}
      {phones.length === 0 && <Text size="sm">The lab has no phones.</Text>}
    </Stack>
  );
}
