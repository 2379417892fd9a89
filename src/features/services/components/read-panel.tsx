import { useState } from 'react';
import { Alert, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { REQUEST_FORM, REQUEST_SUBMIT } from '../../../components/use-submit-shortcut';
import { useServiceRequest } from '../api/use-service-request';
import type { ReadValues, ServiceRead } from '../model/read-spec';
import type { ReadTarget } from '../model/read-url';
import { buildReadUrl, initialValues } from '../model/read-url';
import { ExchangeAnswer } from './exchange-answer';
import { ParamField } from './param-field';

interface ReadPanelProps {
  read: ServiceRead;
  baseUrl: string;
  target: ReadTarget;
  /** The login the page acts as: the administrator's pick, or the user's own login. */
  login: string | undefined;
}

/** One READ request of a service: its fields, checked before sending, a button, and the answer. */
export function ReadPanel({ read, baseUrl, target, login }: ReadPanelProps) {
  // Only what the person typed; untouched login fields follow the "Act as" pick.
  const [typed, setTyped] = useState<ReadValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [actAsError, setActAsError] = useState<string>();
  const run = useServiceRequest();
  const values = { ...initialValues(read, login), ...typed };

  const submit = () => {
    const built = buildReadUrl(baseUrl, read, values, target);
    if (!built.ok) {
      setErrors(built.errors);
      setActAsError(built.actAs);
      return;
    }
    setErrors({});
    setActAsError(undefined);
    run.mutate({ method: 'GET', url: built.url });
  };

  const sendsLogin = read.actsOnUser && target.admin;
  return (
    <Paper withBorder p="md" component="section" aria-label={read.label} {...REQUEST_FORM}>
      <Stack gap="sm">
        <div>
          <Code fz="sm">
            GET {read.path}
            {sendsLogin ? '?loginName=…' : ''}
          </Code>
          {read.hint && (
            <Text size="sm" c="dimmed" mt={4}>
              {read.hint}
            </Text>
          )}
        </div>
        {read.params.length > 0 && (
          <Group align="flex-start" gap="sm">
            {read.params.map((param) => (
              <ParamField
                key={param.name}
                param={param}
                value={values[param.name] ?? ''}
                error={errors[param.name]}
                onChange={(value) => setTyped((previous) => ({ ...previous, [param.name]: value }))}
              />
            ))}
          </Group>
        )}
        <Group gap="sm">
          <Button onClick={submit} loading={run.isPending} aria-busy={run.isPending} {...REQUEST_SUBMIT}>
            {read.label}
          </Button>
          {sendsLogin && (
            <Text size="sm" c="dimmed">
              {target.actAs ? `as ${target.actAs}` : 'no login picked in "Act as"'}
            </Text>
          )}
        </Group>
        {actAsError && (
          <Alert color="orange" role="alert">
            {actAsError}
          </Alert>
        )}
        <ExchangeAnswer run={run} label={`Answer: ${read.label}`} />
      </Stack>
    </Paper>
  );
}
