import { useState } from 'react';
import { Code, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { JsonTree } from '../../../components/json-tree';

type BodyMode = 'pretty' | 'raw';

/** Parsed JSON, or undefined when the text is not JSON (a WAV file, an HTML error page…). */
function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * A request or response body: JSON as a tree ("pretty") or exactly as it went over the wire ("raw");
 * anything else as text.
 */
export function BodyView({ text, label }: { text: string | undefined; label: string }) {
  const [mode, setMode] = useState<BodyMode>('pretty');
  if (!text) {
    return (
      <Text size="sm" c="dimmed">
        No body.
      </Text>
    );
  }
  const json = parseJson(text);
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {json ? 'JSON' : 'Text'}, {new TextEncoder().encode(text).length} bytes
        </Text>
        {json && (
          <SegmentedControl
            size="xs"
            aria-label={`${label} view`}
            data={[
              { value: 'pretty', label: 'Pretty' },
              { value: 'raw', label: 'Raw' },
            ]}
            value={mode}
            onChange={(value) => setMode(value)}
          />
        )}
      </Group>
      {json && mode === 'pretty' ? (
        <JsonTree value={json.value} label={label} />
      ) : (
        <Code block fz="xs" aria-label={label} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {text}
        </Code>
      )}
    </Stack>
  );
}
