import type { ReactNode } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { FieldSpec } from '../model/form-model';
import type { BodyForm } from '../model/body-form';
import { formPath } from '../model/body-form';
import { emptyValue, variantIndex } from '../model/form-values';

const shapeName = (spec: FieldSpec, index: number): string => {
  if (spec.kind === 'array') return 'a list';
  if (spec.kind === 'object') {
    const first = spec.fields.find((field) => !field.spec.optional)?.name ?? spec.fields[0]?.name;
    return first ? `with ${first}` : `shape ${index + 1}`;
  }
  return spec.kind;
};

/** A part of a body that may take one of several shapes (a list or one object, a leaf or an AND/OR node). */
export function UnionField({
  spec,
  path,
  form,
  label,
  value,
  children,
}: {
  spec: Extract<FieldSpec, { kind: 'union' }>;
  path: (string | number)[];
  form: BodyForm;
  label: string;
  value: unknown;
  /** Draws the chosen shape's fields. */
  children: (variant: FieldSpec) => ReactNode;
}) {
  const current = variantIndex(value, spec.variants);
  const names = spec.variants.map((variant, index) => `${index + 1}: ${shapeName(variant, index)}`);
  const variant = spec.variants[current];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`${formPath(path)}-shape`}>
        Shape of {label}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={`${formPath(path)}-shape`}
        data={names.map((name, index) => ({ value: String(index), label: name }))}
        value={String(current)}
        onChange={(next) => {
          const chosen = spec.variants[Number(next)];
          if (chosen) form.setFieldValue(formPath(path), emptyValue(chosen));
        }}
      />
      {variant && children({ ...variant, optional: spec.optional })}
    </Stack>
  );
}
