import { useState } from 'react';
import { Box, Code, Text, UnstyledButton } from '@mantine/core';

/** How deep the tree starts open; deeper objects start collapsed so a large answer stays readable. */
const OPEN_DEPTH = 2;

/** A JSON value as a collapsible tree: objects and arrays fold, scalars show in their JSON spelling. */
export function JsonTree({ value, label = 'JSON' }: { value: unknown; label?: string }) {
  return (
    <Box ff="monospace" fz="sm" role="tree" aria-label={label}>
      <JsonNode name={undefined} value={value} depth={0} />
    </Box>
  );
}

function JsonNode({ name, value, depth }: { name: string | undefined; value: unknown; depth: number }) {
  const [open, setOpen] = useState(depth < OPEN_DEPTH);
  const key =
    name === undefined ? null : (
      <Text span c="violet">
        {JSON.stringify(name)}:{' '}
      </Text>
    );

  if (value === null || typeof value !== 'object') {
    return (
      <div role="treeitem" aria-selected={false} style={{ paddingLeft: depth ? 16 : 0 }}>
        {key}
        <Text span c={typeof value === 'string' ? 'teal' : 'orange'}>
          {JSON.stringify(value)}
        </Text>
      </div>
    );
  }

  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  const [openMark, closeMark] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const summary = Array.isArray(value) ? `${entries.length} items` : `${entries.length} keys`;

  return (
    <div role="treeitem" aria-expanded={open} aria-selected={false} style={{ paddingLeft: depth ? 16 : 0 }}>
      <UnstyledButton
        onClick={() => setOpen(!open)}
        aria-label={`${open ? 'Collapse' : 'Expand'} ${name ?? 'root'}`}
        fz="sm"
        ff="monospace"
      >
        {open ? '▾' : '▸'} {key}
        {openMark}
        {!open && <Code>{summary}</Code>}
        {!open && closeMark}
      </UnstyledButton>
      {open && (
        <div role="group">
          {entries.map(([childName, child]) => (
            <JsonNode
              key={childName}
              name={Array.isArray(value) ? undefined : childName}
              value={child}
              depth={depth + 1}
            />
          ))}
          <div>{closeMark}</div>
        </div>
      )}
    </div>
  );
}
