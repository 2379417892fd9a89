import { Button, Group, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';

// The lab's dial plan takes up to 20 digits; DTMF adds * # and A–D, as the contract's sendDtmf body does.
const FORMS = {
  blindTransfer: {
    label: 'Transfer to number',
    submit: 'Transfer',
    schema: z.object({
      value: z
        .string()
        .min(1, 'Type the number to transfer to.')
        .regex(/^\d{1,20}$/, 'Digits only, at most 20.'),
    }),
  },
  sendDtmf: {
    label: 'DTMF digits',
    submit: 'Send',
    schema: z.object({
      value: z
        .string()
        .min(1, 'Type the digits to play.')
        .regex(/^[0-9A-D*#]{1,64}$/, 'Digits, * # and A–D only, at most 64.'),
    }),
  },
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
  const { label, submit, schema } = FORMS[kind];
  const form = useForm({
    mode: 'controlled',
    initialValues: { value: '' },
    // Spaces typed or pasted around the digits are no part of them.
    transformValues: ({ value }) => ({ value: value.trim() }),
    validate: (values) => schemaResolver(schema, { sync: true })({ value: values.value.trim() }),
    // Told as it is typed; an untouched field says nothing until it is sent.
    validateInputOnChange: true,
  });
  return (
    <form onSubmit={form.onSubmit(({ value }) => onSubmit(value))}>
      <Group gap="xs" align="end">
        <TextInput
          size="xs"
          label={label}
          {...form.getInputProps('value')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          autoComplete="off"
          data-autofocus
        />
        <Button size="xs" type="submit" loading={pending}>
          {submit}
        </Button>
      </Group>
    </form>
  );
}
