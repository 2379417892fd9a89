import { ActionIcon, TextInput } from '@mantine/core';
import type { NumberClass } from '../model/dial-plan';

const HINT_COLORS: Record<NumberClass['kind'], string> = {
  empty: 'var(--mantine-color-dimmed)',
  incomplete: 'var(--mantine-color-dimmed)',
  extension: 'var(--mantine-color-teal-text)',
  voicemail: 'var(--mantine-color-teal-text)',
  loopback: 'var(--mantine-color-teal-text)',
  unknown: 'var(--mantine-color-orange-text)',
  invalid: 'var(--mantine-color-error)',
};

/** The number to call, with what the dial plan makes of it shown as it is typed. */
export function NumberField({
  value,
  onChange,
  verdict,
}: {
  value: string;
  onChange: (value: string) => void;
  verdict: NumberClass;
}) {
  const invalid = verdict.kind === 'invalid';
  return (
    <TextInput
      label="Number to call"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      inputMode="tel"
      autoComplete="off"
      placeholder="2002, 1999 or 91XXYYY2003"
      error={invalid ? verdict.message : undefined}
      description={invalid ? undefined : verdict.message}
      styles={{
        input: { fontFamily: 'var(--mantine-font-family-monospace)' },
        description: { color: HINT_COLORS[verdict.kind] },
      }}
      rightSection={
        value ? (
          <ActionIcon
            variant="subtle"
            aria-label="Delete last digit"
            onClick={() => onChange(value.slice(0, -1))}
          >
            ⌫
          </ActionIcon>
        ) : null
      }
    />
  );
}
