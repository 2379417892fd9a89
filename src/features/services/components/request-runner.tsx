import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
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
  const [method, setMethod] = useState<ServiceRequest['method']>('GET');
  const [path, setPath] = useState('');
  const [body, setBody] = useState('');
  const [inputError, setInputError] = useState<string>();
  const run = useServiceRequest();

  const submit = () => {
    const typed = serviceUrl(baseUrl, relativeUrl, path);
    if (!typed) return setInputError('Stay under this service: no "..", no other address.');
    const url = withActAs(typed, actAs);
    let json: unknown;
    if (method !== 'GET' && body.trim()) {
      try {
        json = JSON.parse(body);
      } catch {
        return setInputError('The body is not valid JSON.');
      }
    }
    setInputError(undefined);
    run.mutate({ method, url, json });
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={600}>Free-form request</Text>
        <Group align="flex-end" wrap="nowrap">
          <Select
            label="Method"
            data={METHODS}
            value={method}
            onChange={(value) => setMethod(value ?? 'GET')}
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
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            style={{ flex: 1 }}
            size="sm"
          />
          <Button onClick={submit} loading={run.isPending} aria-busy={run.isPending}>
            Send
          </Button>
        </Group>
        {method !== 'GET' && (
          <Textarea
            label="JSON body"
            autosize
            minRows={3}
            ff="monospace"
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
          />
        )}
        {inputError && (
          <Alert color="red" role="alert">
            {inputError}
          </Alert>
        )}
        <ExchangeAnswer run={run} />
      </Stack>
    </Paper>
  );
}

/** The URL with `loginName` set to the login acted as, unless the person typed a loginName of their own. */
function withActAs(url: string, actAs: string | undefined): string {
  if (!actAs || /[?&]loginName=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}loginName=${encodeURIComponent(actAs)}`;
}
