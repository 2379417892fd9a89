import {
  Autocomplete,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { CarriedValue } from '../../../o2g/catalogue';
import type { FieldSpec } from '../model/form-model';
import type { BodyForm } from '../model/body-form';
import { fieldLabel, formPath } from '../model/body-form';
import { emptyValue, valueAt } from '../model/form-values';
import { carryKindOfField } from '../model/carry-fields';
import { CarryChips } from './carry-chips';
import { JsonField } from './json-field';
import { UnionField } from './union-field';

interface SchemaFieldProps {
  spec: FieldSpec;
  path: (string | number)[];
  form: BodyForm;
  carried: readonly CarriedValue[];
  /** For list items: the list's name, to label items `destinations 1`, `destinations 2`. */
  listName?: string;
}

/** A scalar as the text a field shows; anything else shows empty (the JSON tab has it). */
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

const optionalNote = (spec: FieldSpec) => (spec.optional ? 'optional' : undefined);

/** One part of a request body as form controls, drawn from its schema; lists and fieldsets recurse. */
export function SchemaField({ spec, path, form, carried, listName }: SchemaFieldProps) {
  const key = formPath(path);
  const label = fieldLabel(path, listName);
  const value = valueAt(form.getValues().body, path);
  const error = form.errors[key];
  const set = (next: unknown) => form.setFieldValue(key, next);
  const description = [optionalNote(spec), spec.description].filter(Boolean).join(' · ') || undefined;

  switch (spec.kind) {
    case 'string': {
      const kind = carryKindOfField(path);
      const common = {
        label,
        description,
        error,
        value: scalarText(value),
      };
      return (
        <Stack gap={4}>
          {spec.suggestions ? (
            <Autocomplete {...common} data={spec.suggestions} onChange={set} />
          ) : (
            <TextInput {...common} onChange={(event) => set(event.currentTarget.value)} />
          )}
          {kind && <CarryChips kind={kind} carried={carried} field={label} onPick={set} />}
        </Stack>
      );
    }
    case 'number':
      return (
        <NumberInput
          label={label}
          description={description}
          error={error}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={set}
          allowDecimal={!spec.integer}
          min={spec.min}
          max={spec.max}
        />
      );
    case 'boolean':
      return (
        <Switch
          label={label}
          description={description}
          error={error}
          checked={value === true || value === 'true'}
          onChange={(event) => set(event.currentTarget.checked)}
        />
      );
    case 'enum':
      return (
        <Select
          label={label}
          description={description}
          error={error}
          data={spec.options}
          value={scalarText(value) || null}
          onChange={(next) => set(next ?? (spec.optional ? undefined : ''))}
          clearable={spec.optional}
          // Mantine hides its clear button from assistive technology; an optional pick must be clearable by all.
          clearButtonProps={{ 'aria-label': `Clear ${label}`, 'aria-hidden': false, tabIndex: 0 }}
          allowDeselect={spec.optional}
        />
      );
    case 'json':
      return <JsonField label={label} description={description} error={error} value={value} onChange={set} />;
    case 'union':
      return (
        <UnionField spec={spec} path={path} form={form} label={label} value={value}>
          {(variant) => (
            <SchemaField spec={variant} path={path} form={form} carried={carried} listName={listName} />
          )}
        </UnionField>
      );
    case 'array':
    case 'object':
      break;
  }

  if (value === undefined && spec.optional) {
    return (
      <Group gap="xs">
        <Text size="sm">{label}</Text>
        <Button size="compact-xs" variant="light" onClick={() => set(emptyValue(spec))}>
          Add {label}
        </Button>
      </Group>
    );
  }
  const removeSelf = spec.optional && (
    <Button size="compact-xs" variant="subtle" color="red" onClick={() => set(undefined)}>
      Remove {label}
    </Button>
  );
  const content =
    spec.kind === 'object'
      ? spec.fields.map((field) => (
          <SchemaField
            key={field.name}
            spec={field.spec}
            path={[...path, field.name]}
            form={form}
            carried={carried}
          />
        ))
      : [
          ...(Array.isArray(value) ? (value as unknown[]) : []).map((_, index) => (
            <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ flex: 1 }}>
                <SchemaField
                  spec={spec.item}
                  path={[...path, index]}
                  form={form}
                  carried={carried}
                  listName={label}
                />
              </div>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                mt={spec.item.kind === 'object' || spec.item.kind === 'array' ? 'md' : 26}
                onClick={() => form.removeListItem(key, index)}
                aria-label={`Remove ${label} ${index + 1}`}
              >
                Remove
              </Button>
            </Group>
          )),
          <Button
            key="add"
            size="compact-sm"
            variant="light"
            onClick={() =>
              set([...(Array.isArray(value) ? (value as unknown[]) : []), emptyValue(spec.item)])
            }
          >
            Add to {label}
          </Button>,
        ];
  if (path.length === 0) return <Stack gap="sm">{content}</Stack>;
  return (
    <Fieldset legend={label} variant="filled" aria-label={label} p="sm">
      <Stack gap="sm">
        {(description || error) && (
          <Text size="xs" c={error ? 'red' : 'dimmed'}>
            {error ?? description}
          </Text>
        )}
        {content}
        {removeSelf}
      </Stack>
    </Fieldset>
  );
}
