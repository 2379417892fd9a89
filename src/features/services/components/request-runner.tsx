import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { JsonTree } from '../../../components/json-tree';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { isO2gError } from '../../../o2g/errors';
import type { ServiceRequest } from '../api/use-service-request';
import { useServiceRequest } from '../api/use-service-request';
import { serviceUrl } from '../model/service-url';

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
          <Button onClick={submit} loading={run.isPending}>
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
        <Answer run={run} />
      </Stack>
    </Paper>
  );
}

function Answer({ run }: { run: ReturnType<typeof useServiceRequest> }) {
  if (run.isError) {
    const words = describeO2gError(run.error);
    const body = isO2gError(run.error) ? run.error.body : undefined;
    return (
      <Alert color="red" title={words.title} role="alert">
        <Stack gap="xs">
          <Text size="sm">{words.message}</Text>
          {body && <JsonTree value={body} label="Error body" />}
        </Stack>
      </Alert>
    );
  }
  if (!run.data) return null;
  return (
    <Stack gap="xs" aria-label="Answer">
      <Group gap="xs">
        <Badge color="green">HTTP {run.data.status}</Badge>
        <Text size="sm" c="dimmed">
          {run.data.durationMs} ms
        </Text>
      </Group>
      {run.data.data === undefined ? (
        <Text c="dimmed">No body.</Text>
      ) : (
        <JsonTree value={run.data.data} label="Answer body" />
      )}
    </Stack>
  );
}
