import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';

const FORMS = {
  blindTransfer: { label: 'Transfer to number', submit: 'Transfer', pattern: /^\d{1,20}$/ },
  sendDtmf: { label: 'DTMF digits', submit: 'Send', pattern: /^[0-9A-D*#]{1,64}$/ },
} as const;

/** The one value a call action needs: the number to transfer to, or the DTMF digits to play. */
export function CallInputForm({
  kind,
  pending,
  onSubmit,
}: {
  kind: keyof typeof FORMS;
  pending: boolean;
  onSubmit: (value: string) => void;
}) {
  const form = FORMS[kind];
  const [value, setValue] = useState('');
  const valid = form.pattern.test(value);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(value);
      }}
    >
      <Group gap="xs" align="end">
        <TextInput
          size="xs"
          label={form.label}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value.trim())}
          error={value !== '' && !valid ? 'Digits only (DTMF also * # A–D)' : undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
        />
        <Button size="xs" type="submit" disabled={!valid} loading={pending}>
          {form.submit}
        </Button>
      </Group>
    </form>
  );
}
