import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { CarriedValue, OperationParam } from '../../../o2g/catalogue';
import { CarryChips } from './carry-chips';

function describeParam(param: OperationParam): string {
  const where = param.in === 'path' ? 'in the path' : 'query';
  const need = param.required ? 'required' : 'optional';
  const actAs = param.actAs ? ', follows “Act as”' : '';
  return [`${where}, ${need}${actAs}`, param.description].filter(Boolean).join(' · ');
}

/** The path and query parameters of an operation, each a labelled field, with carried values to pick. */
export function ParamFields({
  params,
  values,
  errors,
  carried,
  onChange,
}: {
  params: readonly OperationParam[];
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  carried: readonly CarriedValue[];
  onChange: (name: string, value: string) => void;
}) {
  if (params.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      {params.map((param) => {
        const common = {
          label: param.name,
          description: describeParam(param),
          error: errors[param.name],
        };
        return (
          <Stack key={`${param.in}:${param.name}`} gap={4}>
            {param.options ? (
              <Select
                {...common}
                data={[...param.options]}
                value={values[param.name] || null}
                onChange={(value) => onChange(param.name, value ?? '')}
                clearable={!param.required}
              />
            ) : (
              <TextInput
                {...common}
                value={values[param.name] ?? ''}
                onChange={(event) => onChange(param.name, event.currentTarget.value)}
              />
            )}
            {param.carry && (
              <CarryChips
                kind={param.carry}
                carried={carried}
                field={param.name}
                onPick={(value) => onChange(param.name, value)}
              />
            )}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
