import { Alert, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { REQUEST_FORM, REQUEST_SUBMIT } from '../../../components/use-submit-shortcut';
import { schemaOfCheck } from '../../../lib/check-schema';
import { useServiceRequest } from '../api/use-service-request';
import type { ReadValues, ServiceRead } from '../model/read-spec';
import type { ReadTarget } from '../model/read-url';
import { buildReadUrl, initialValues } from '../model/read-url';
import { ExchangeAnswer } from './exchange-answer';
import { ParamField } from './param-field';

/** The form's error key for a missing "Act as" pick (no read has a parameter of that name). */
const ACT_AS = 'actAs';

interface ReadPanelProps {
  read: ServiceRead;
  baseUrl: string;
  target: ReadTarget;
  /** The login the page acts as: the administrator's pick, or the user's own login. */
  login: string | undefined;
}

/** One READ request of a service: its fields, checked before sending, a button, and the answer. */
export function ReadPanel({ read, baseUrl, target, login }: ReadPanelProps) {
  const run = useServiceRequest();
  const withLogin = (typed: ReadValues) => ({ ...initialValues(read, login), ...typed });
  // Only what the person typed; untouched login fields follow the "Act as" pick. The check is made
  // each render on purpose: it reads the current pick.
  const form = useForm<ReadValues>({
    mode: 'controlled',
    initialValues: {},
    validate: schemaResolver(
      schemaOfCheck((typed: ReadValues) => {
        const built = buildReadUrl(baseUrl, read, withLogin(typed), target);
        return built.ok ? {} : { ...built.errors, [ACT_AS]: built.actAs };
      }),
      { sync: true },
    ),
  });
  const values = withLogin(form.values);
  const submit = form.onSubmit((typed) => {
    const built = buildReadUrl(baseUrl, read, withLogin(typed), target);
    if (built.ok) run.mutate({ method: 'GET', url: built.url });
  });

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
                error={form.errors[param.name]}
                onChange={(value) => form.setFieldValue(param.name, value)}
              />
            ))}
          </Group>
        )}
        <Group gap="sm">
          <Button
            onClick={() => submit()}
            loading={run.isPending}
            aria-busy={run.isPending}
            {...REQUEST_SUBMIT}
          >
            {read.label}
          </Button>
          {sendsLogin && (
            <Text size="sm" c="dimmed">
              {target.actAs ? `as ${target.actAs}` : 'no login picked in "Act as"'}
            </Text>
          )}
        </Group>
        {form.errors[ACT_AS] && (
          <Alert color="orange" role="alert">
            {form.errors[ACT_AS]}
          </Alert>
        )}
        <ExchangeAnswer run={run} label={`Answer: ${read.label}`} />
      </Stack>
    </Paper>
  );
}
