import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { O2gExchange } from '../../../o2g/http';
import type { EditLink } from '../model/edit-link';
import { clockTime } from '../model/clock-time';
import { UrlText } from '../../../components/url-text';
import { upstreamUrl } from '../../../o2g/upstream-url';
import { BodyView } from './body-view';
import { CopyCurlButton } from './copy-curl-button';
import { HeaderList } from './header-list';
import { failureWords, outcomeWords, wasCancelled } from '../model/outcome';
import { StatusBadge } from './status-badge';

/**
 * One exchange in full: what was asked and what came back, headers and bodies (already redacted by the
 * O2G client), a cURL command to replay it outside the console and, when the request was for an
 * operation the explorer knows, a way to edit it there and send it again.
 */
export function ExchangeDetail({
  exchange,
  origin,
  editLink,
}: {
  exchange: O2gExchange;
  origin: string;
  editLink?: EditLink;
}) {
  const url = upstreamUrl(exchange.url, origin);
  const edit = editLink?.(exchange);
  return (
    <Paper withBorder p="md" component="section" aria-label="Selected request">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="outline" ff="monospace" style={{ flexShrink: 0 }}>
            {exchange.method}
          </Badge>
          <Text ff="monospace" size="sm">
            <UrlText url={url} />
          </Text>
        </Group>
        <Group gap="sm">
          <StatusBadge status={exchange.status} failure={exchange.failure} />
          <Text size="sm" c="dimmed">
            at {clockTime(exchange.startedAt)}, {exchange.durationMs} ms
          </Text>
        </Group>
        {url !== exchange.url && (
          <Text size="xs" c="dimmed" ff="monospace">
            Through the console’s proxy: <UrlText url={exchange.url} />
          </Text>
        )}
        {exchange.failure && !wasCancelled(exchange) && (
          <Alert color={exchange.status ? 'orange' : 'red'} title={outcomeWords(exchange)} p="xs">
            {failureWords(exchange.failure)}
          </Alert>
        )}
        <Group gap="xs">
          <CopyCurlButton key={exchange.id} exchange={exchange} origin={origin} />
          {edit && (
            <Button component={Link} to={edit.to} state={edit.state} variant="light" size="xs">
              Edit and resend
            </Button>
          )}
        </Group>
        <Tabs defaultValue="response" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="response">Response</Tabs.Tab>
            <Tabs.Tab value="request">Request</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="response" pt="sm">
            <Part headers={exchange.responseHeaders} body={exchange.responseBody} side="Response" />
          </Tabs.Panel>
          <Tabs.Panel value="request" pt="sm">
            <Part headers={exchange.requestHeaders} body={exchange.requestBody} side="Request" />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}

function Part({ headers, body, side }: { headers: Record<string, string>; body?: string; side: string }) {
  return (
    <Stack gap="sm">
      <div>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
          Headers
        </Text>
        <HeaderList headers={headers} label={`${side} headers`} />
      </div>
      <div>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
          Body
        </Text>
        <BodyView text={body} label={`${side} body`} />
      </div>
    </Stack>
  );
}
