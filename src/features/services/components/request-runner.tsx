import { Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { REQUEST_FORM, REQUEST_SUBMIT } from '../../../components/use-submit-shortcut';
import { schemaOfCheck } from '../../../lib/check-schema';
import type { ServiceRequest } from '../api/use-service-request';
import { useServiceRequest } from '../api/use-service-request';
import { serviceUrl } from '../model/service-url';
import { ExchangeAnswer } from './exchange-answer';

const METHODS: ServiceRequest['method'][] = ['GET', 'POST', 'PUT', 'DELETE'];

/**
 * A free-form request relative to one service, and its answer: status, time and a JSON tree. When an
 * administrator acts as a user, `?loginName=` is added unless the typed path names one itself.
 */
export function RequestRunner({
  baseUrl,
  relativeUrl,
  actAs,
}: {
  baseUrl: string;
  relativeUrl: string;
  /** The login an administrator acts as, if any. */
  actAs?: string;
}) {
  const run = useServiceRequest();
  const form = useForm({
    mode: 'controlled',
    initialValues: { method: 'GET' as ServiceRequest['method'], path: '', body: '' },
    validate: schemaResolver(
      schemaOfCheck((typed: RequestFields) => {
        if (!serviceUrl(baseUrl, relativeUrl, typed.path))
          return { path: 'Stay under this service: no "..", no other address.' };
        return { body: sentBody(typed) instanceof SyntaxError ? 'The body is not valid JSON.' : undefined };
      }),
      { sync: true },
    ),
  });
  const { method } = form.values;
  const submit = form.onSubmit((typed) => {
    const url = serviceUrl(baseUrl, relativeUrl, typed.path);
    const json = sentBody(typed);
    if (url && !(json instanceof SyntaxError)) run.mutate({ method, url: withActAs(url, actAs), json });
  });

  return (
    <Paper withBorder p="md" component="section" aria-label="Free-form request" {...REQUEST_FORM}>
      <Stack gap="sm">
        <Text fw={600}>Free-form request</Text>
        <Group align="flex-end" wrap="nowrap">
          <Select
            label="Method"
            data={METHODS}
            {...form.getInputProps('method')}
            onChange={(value) =>
              form.setFieldValue('method', (value as ServiceRequest['method'] | null) ?? 'GET')
            }
            allowDeselect={false}
            w={120}
            size="sm"
          />
          <TextInput
            label="Path under the service"
            description={
              actAs ? `${relativeUrl}… (acting as ${actAs}: ?loginName=${actAs} is added)` : `${relativeUrl}…`
            }
            placeholder="/oxe2001 or ?loginName=oxe2001"
            {...form.getInputProps('path')}
            style={{ flex: 1 }}
            size="sm"
          />
          <Button
            onClick={() => submit()}
            loading={run.isPending}
            aria-busy={run.isPending}
            {...REQUEST_SUBMIT}
          >
            Send
          </Button>
        </Group>
        {method !== 'GET' && (
          <Textarea label="JSON body" autosize minRows={3} ff="monospace" {...form.getInputProps('body')} />
        )}
        <ExchangeAnswer run={run} />
      </Stack>
    </Paper>
  );
}

interface RequestFields {
  method: ServiceRequest['method'];
  path: string;
  body: string;
}

/** The JSON a request sends: none for GET or an empty body, a `SyntaxError` when the body does not parse. */
function sentBody({ method, body }: RequestFields): unknown {
  if (method === 'GET' || !body.trim()) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    return error instanceof SyntaxError ? error : new SyntaxError(String(error));
  }
}

/** The URL with `loginName` set to the login acted as, unless the person typed a loginName of their own. */
function withActAs(url: string, actAs: string | undefined): string {
  if (!actAs || /[?&]loginName=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}loginName=${encodeURIComponent(actAs)}`;
}
