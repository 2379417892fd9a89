import { Button, SimpleGrid } from '@mantine/core';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** Twelve phone keys; each one types its symbol into the number field. */
export function DialPad({ onKey, disabled }: { onKey: (key: string) => void; disabled?: boolean }) {
  return (
    <SimpleGrid cols={3} spacing={6} verticalSpacing={6} maw={220} role="group" aria-label="Dial pad">
      {KEYS.map((key) => (
        <Button
          key={key}
          variant="default"
          size="md"
          aria-label={`Dial ${key}`}
          disabled={disabled}
          onClick={() => onKey(key)}
          ff="monospace"
        >
          {key}
        </Button>
      ))}
    </SimpleGrid>
  );
}
