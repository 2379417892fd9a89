import { useState } from 'react';
import { Textarea } from '@mantine/core';

/**
 * A part of a body the form cannot draw (a record, a deeply nested criterion), edited as JSON. The
 * text is read when the field is left; text that is not JSON is kept and said so, not sent.
 */
export function JsonField({
  label,
  description,
  error,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  error?: unknown;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const [draft, setDraft] = useState<string>();
  const [invalid, setInvalid] = useState<string>();
  const shown = draft ?? (value === undefined ? '' : JSON.stringify(value, null, 2));
  return (
    <Textarea
      label={label}
      description={description ?? 'JSON'}
      error={invalid ?? (error as string | undefined)}
      value={shown}
      resize="vertical"
      rows={3}
      ff="monospace"
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => {
        if (draft === undefined) return;
        if (draft.trim() === '') {
          onChange(undefined);
          setDraft(undefined);
          setInvalid(undefined);
          return;
        }
        try {
          onChange(JSON.parse(draft));
          setDraft(undefined);
          setInvalid(undefined);
        } catch {
          setInvalid('This is not valid JSON.');
        }
      }}
    />
  );
}
