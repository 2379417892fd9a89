import { useState } from 'react';
import { Tabs, Textarea } from '@mantine/core';
import type { CarriedValue } from '../../../o2g/catalogue';
import type { FieldSpec } from '../model/form-model';
import type { BodyForm } from '../model/body-form';
import { cleanValue } from '../model/form-values';
import { SchemaField } from './schema-field';

/**
 * The request body, as a form drawn from the contract's schema or as JSON; both edit the same value,
 * so a change on one tab shows on the other. JSON that does not parse stays in the box, said so.
 */
export function BodyEditor({
  spec,
  form,
  carried,
}: {
  /** Undefined when the console knows no schema for the body: JSON only. */
  spec: FieldSpec | undefined;
  form: BodyForm;
  carried: readonly CarriedValue[];
}) {
  const [tab, setTab] = useState<string | null>(spec ? 'form' : 'json');
  const [draft, setDraft] = useState<string>();
  const [invalid, setInvalid] = useState<string>();
  const body = form.getValues().body;
  const asJson = (value: unknown) => {
    const clean = spec ? cleanValue(value, spec) : value;
    return clean === undefined ? '' : JSON.stringify(clean, null, 2);
  };

  const json = (
    <Textarea
      label="Body as JSON"
      description={
        spec
          ? 'Edits here change the form, and the other way round.'
          : 'The console knows no schema for this body.'
      }
      value={draft ?? asJson(body)}
      error={invalid}
      resize="vertical"
      rows={8}
      ff="monospace"
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        if (text.trim() === '') {
          setInvalid(undefined);
          form.setFieldValue('body', undefined);
          return;
        }
        try {
          form.setFieldValue('body', JSON.parse(text) as never);
          setInvalid(undefined);
        } catch {
          setInvalid('This is not valid JSON yet: the form keeps the last valid body.');
        }
      }}
      onBlur={() => {
        if (!invalid) setDraft(undefined);
      }}
    />
  );
  if (!spec) return json;
  return (
    <Tabs
      value={tab}
      onChange={(next) => {
        setTab(next);
        setDraft(undefined);
        setInvalid(undefined);
      }}
    >
      <Tabs.List aria-label="Body editor">
        <Tabs.Tab value="form">Form</Tabs.Tab>
        <Tabs.Tab value="json">JSON</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="form" pt="sm">
        <SchemaField spec={spec} path={[]} form={form} carried={carried} />
      </Tabs.Panel>
      <Tabs.Panel value="json" pt="sm">
        {json}
      </Tabs.Panel>
    </Tabs>
  );
}
