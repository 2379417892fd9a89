import { Accordion, Badge, Code, Group, Loader, Stack, Text } from '@mantine/core';
import type { LadderStep } from '../api/use-sign-in';

const STEP_TITLES: Record<LadderStep['step'], string> = {
  discovery: '1. Discovery',
  authentication: '2. Authentication',
  session: '3. Session',
};

const STATE_COLORS: Record<LadderStep['state'], string> = {
  waiting: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

/**
 * The sign-in handshake as it happens: each step's URL, status and time, expandable to the request and
 * the answer (already redacted by the O2G client).
 */
export function HandshakeLadder({ ladder }: { ladder: LadderStep[] }) {
  return (
    <Accordion variant="separated" multiple aria-label="Sign-in handshake">
      {ladder.map((rung) => (
        <Accordion.Item key={rung.step} value={rung.step}>
          <Accordion.Control
            disabled={!rung.exchange}
            aria-label={`${STEP_TITLES[rung.step]}: ${rung.state}`}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600} size="sm">
                {STEP_TITLES[rung.step]}
              </Text>
              <Group gap={6} wrap="nowrap">
                {rung.state === 'running' && <Loader size="xs" aria-label="In progress" />}
                {rung.exchange && (
                  <Text size="xs" c="dimmed">
                    {rung.exchange.durationMs} ms
                  </Text>
                )}
                <Badge color={STATE_COLORS[rung.state]} variant="light">
                  {rung.exchange?.status ? `HTTP ${rung.exchange.status}` : rung.state}
                </Badge>
              </Group>
            </Group>
            {rung.url && (
              <Text size="xs" c="dimmed" truncate="end" title={rung.url}>
                {rung.exchange?.method ?? ''} {rung.url}
              </Text>
            )}
          </Accordion.Control>
          <Accordion.Panel>
            {rung.exchange && (
              <Stack gap="xs">
                <ExchangePart title="Request headers" text={formatHeaders(rung.exchange.requestHeaders)} />
                {rung.exchange.requestBody && (
                  <ExchangePart title="Request body" text={pretty(rung.exchange.requestBody)} />
                )}
                <ExchangePart title="Response headers" text={formatHeaders(rung.exchange.responseHeaders)} />
                {rung.exchange.responseBody && (
                  <ExchangePart title="Response body" text={pretty(rung.exchange.responseBody)} />
                )}
              </Stack>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function ExchangePart({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Text size="xs" fw={600}>
        {title}
      </Text>
      <Code block fz="xs">
        {text || '(none)'}
      </Code>
    </div>
  );
}

function formatHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
