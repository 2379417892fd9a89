import type { ReactNode } from 'react';
import { Checkbox, Select, TextInput } from '@mantine/core';
import type { ReadParam } from '../model/read-spec';

interface ParamFieldProps {
  param: ReadParam;
  value: string;
  error?: ReactNode;
  onChange: (value: string) => void;
}

/** One parameter of a read, as the field its kind asks for; the label is the wire name's meaning. */
export function ParamField({ param, value, error, onChange }: ParamFieldProps) {
  const description = param.description ?? (param.in === 'query' ? `?${param.name}=` : `{${param.name}}`);
  if (param.kind === 'flag') {
    return (
      <Checkbox
        label={param.label}
        description={param.flag === 'bare' ? `?${param.name}` : `?${param.name}=true`}
        checked={value === 'true'}
        onChange={(event) => onChange(event.currentTarget.checked ? 'true' : '')}
        mt="lg"
      />
    );
  }
  if (param.kind === 'choice') {
    return (
      <Select
        label={param.label}
        description={description}
        data={param.choices ?? []}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        clearable
        placeholder="Any"
        error={error}
        w={180}
      />
    );
  }
  return (
    <TextInput
      label={param.label}
      description={description}
      placeholder={param.placeholder}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      required={param.required}
      error={error}
      w={220}
    />
  );
}
