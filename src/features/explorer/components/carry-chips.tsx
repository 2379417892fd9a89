import { Button, Group, Text } from '@mantine/core';
import type { CarriedValue, CarryKind } from '../../../o2g/catalogue';

const SHOWN = 6;

/**
 * The values of one kind that earlier answers carried, as buttons that fill the field: a callRef
 * from a make-call answer fills the next operation's callRef with one click.
 */
export function CarryChips({
  kind,
  carried,
  field,
  onPick,
}: {
  kind: CarryKind;
  carried: readonly CarriedValue[];
  /** The field's label, for the buttons' accessible names. */
  field: string;
  onPick: (value: string) => void;
}) {
  const values = carried.filter((value) => value.kind === kind).slice(0, SHOWN);
  if (values.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={`Values for ${field} from earlier answers`}>
      <Text size="xs" c="dimmed">
        From answers:
      </Text>
      {values.map(({ value }) => (
        <Button
          key={value}
          size="compact-xs"
          radius="xl"
          variant="light"
          onClick={() => onPick(value)}
          aria-label={`Use ${kind} ${value} for ${field}`}
        >
          {value}
        </Button>
      ))}
    </Group>
  );
}
