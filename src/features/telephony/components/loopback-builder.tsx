import { useState } from 'react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { buildLoopback, LOOPBACK_EXPLANATION, LOOPBACK_PREFIX } from '../model/dial-plan';
import type { LabExtension } from '../api/list-extensions';

/**
 * Builds a trunk loopback number: `91` + XX + YYY + the extension picked. XX and YYY are whatever the
 * user types, or random when left empty; the result goes into the number field.
 */
export function LoopbackBuilder({
  extensions,
  onBuild,
}: {
  extensions: LabExtension[];
  onBuild: (number: string) => void;
}) {
  const [extension, setExtension] = useState<string | null>(null);
  const [xx, setXx] = useState('');
  const [yyy, setYyy] = useState('');
  const digitsOnly = (value: string, length: number) => value.replace(/\D/g, '').slice(0, length);

  return (
    <Stack gap="xs" role="group" aria-label="Trunk loopback builder">
      <Text size="sm" c="dimmed">
        {LOOPBACK_EXPLANATION}
      </Text>
      <Group align="end" gap="xs" wrap="wrap">
        <Text ff="monospace" pb={8} aria-hidden>
          {LOOPBACK_PREFIX}
        </Text>
        <TextInput
          label="XX"
          placeholder="random"
          value={xx}
          onChange={(event) => setXx(digitsOnly(event.currentTarget.value, 2))}
          w={96}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <TextInput
          label="YYY"
          placeholder="random"
          value={yyy}
          onChange={(event) => setYyy(digitsOnly(event.currentTarget.value, 3))}
          w={104}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Select
          label="Extension to reach"
          placeholder="Pick one"
          data={extensions.map((e) => ({ value: e.number, label: `${e.number} ${e.name}` }))}
          value={extension}
          onChange={setExtension}
          // Number and name whole: the field grows with the room there is (a whole line on a phone),
          // and the list is as wide as its longest entry.
          style={{ flex: '1 1 16rem' }}
          comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
        />
        <Button
          variant="light"
          disabled={!extension}
          onClick={() => extension && onBuild(buildLoopback(extension, { xx, yyy }))}
        >
          Use loopback number
        </Button>
      </Group>
    </Stack>
  );
}
