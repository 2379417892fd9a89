import { Badge, Button, Group, Text } from '@mantine/core';

interface EventToolbarProps {
  shown: number;
  total: number;
  paused: boolean;
  /** Events that arrived since the view was paused (they are in the log, not on screen). */
  arrivedWhilePaused: number;
  skipped: number;
  onTogglePause: () => void;
  onClear: () => void;
  onExport: () => void;
}

/** Pause or resume the view, clear the log, export what is shown; and how much is shown. */
export function EventToolbar(props: EventToolbarProps) {
  const { shown, total, paused, arrivedWhilePaused, skipped } = props;
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs">
        <Text size="sm" aria-live="polite">
          {shown === total ? `${total} ${total === 1 ? 'event' : 'events'}` : `${shown} of ${total} events`}
        </Text>
        {paused && (
          <Badge color="yellow" variant="light" role="status">
            Paused: {arrivedWhilePaused} new
          </Badge>
        )}
        {skipped > 0 && (
          <Badge color="gray" variant="light" title="Lines of the channel that were not O2G events">
            {skipped} unreadable {skipped === 1 ? 'line' : 'lines'} skipped
          </Badge>
        )}
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          variant={paused ? 'filled' : 'default'}
          aria-pressed={paused}
          onClick={props.onTogglePause}
        >
          {paused ? 'Resume' : 'Pause'}
        </Button>
        <Button size="xs" variant="default" onClick={props.onClear} disabled={total === 0}>
          Clear
        </Button>
        <Button size="xs" variant="default" onClick={props.onExport} disabled={shown === 0}>
          Export NDJSON
        </Button>
      </Group>
    </Group>
  );
}
