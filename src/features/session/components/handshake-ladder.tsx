import { memo, useDeferredValue, useSyncExternalStore } from 'react';
import { Accordion, Badge, Code, Group, Loader, Stack, Text } from '@mantine/core';
import type { Observable } from '../../../o2g/observable';
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
  'not-reached': 'gray',
};

const STATE_WORDS: Record<LadderStep['state'], string> = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  failed: 'failed',
  'not-reached': 'not reached',
};

/**
 * The sign-in handshake as it happens: each step's URL, status and time, expandable to the request and
 * the answer (already redacted by the O2G client). It watches the ladder itself, so a step that moves
 * re-renders this list (and in it only the rung that changed), not the sign-in form.
 */
export function HandshakeLadder({ ladder }: { ladder: Observable<LadderStep[]> }) {
  // Deferred: the ladder reports the handshake and must not hold it up. A step renders once the next
  // request has left, not before (the sync render of a store update would run first).
  const rungs = useDeferredValue(useSyncExternalStore(ladder.subscribe, ladder.get, ladder.get));
  return (
    <Accordion variant="separated" multiple aria-label="Sign-in handshake">
      {rungs.map((rung) => (
        <Rung key={rung.step} rung={rung} />
      ))}
    </Accordion>
  );
}

// A rung that did not change keeps its object (the ladder copies only the one that did): memo skips it.
const Rung = memo(function Rung({ rung }: { rung: LadderStep }) {
  return (
    <Accordion.Item value={rung.step}>
      <Accordion.Control
        disabled={!rung.exchange}
        aria-label={`${STEP_TITLES[rung.step]}: ${STATE_WORDS[rung.state]}`}
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" c={rung.state === 'not-reached' ? 'dimmed' : undefined}>
            {STEP_TITLES[rung.step]}
          </Text>
          <Group gap={6} wrap="nowrap">
            {rung.state === 'running' && <Loader size="xs" aria-label="In progress" />}
            {rung.exchange && (
              <Text size="xs" c="dimmed">
                {rung.exchange.durationMs} ms
              </Text>
            )}
            <Badge
              color={STATE_COLORS[rung.state]}
              variant={rung.state === 'not-reached' ? 'outline' : 'light'}
            >
              {rung.exchange?.status ? `HTTP ${rung.exchange.status}` : STATE_WORDS[rung.state]}
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
  );
});

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
