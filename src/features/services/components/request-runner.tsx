import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ServiceRequest } from '../api/use-service-request';
import { useServiceRequest } from '../api/use-service-request';
import { serviceUrl } from '../model/service-url';
import { ExchangeAnswer } from './exchange-answer';

const METHODS: ServiceRequest['method'][] = ['GET', 'POST', 'PUT', 'DELETE'];

/** A free-form request relative to one service, and its answer: status, time and a JSON tree. */
export function RequestRunner({ baseUrl, relativeUrl }: { baseUrl: string; relativeUrl: string }) {
  const [method, setMethod] = useState<ServiceRequest['method']>('GET');
  const [path, setPath] = useState('');
  const [body, setBody] = useState('');
  const [inputError, setInputError] = useState<string>();
  const run = useServiceRequest();

  const submit = () => {
    const url = serviceUrl(baseUrl, relativeUrl, path);
    if (!url) return setInputError('Stay under this service: no "..", no other address.');
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
            description={`${relativeUrl}…`}
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
