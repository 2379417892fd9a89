import { Stack, Text, Title } from '@mantine/core';
import { EventsView } from '../../features/events/components/events-view';

export function Component() {
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Events</Title>
        <Text c="dimmed">
          Everything the O2G event channel says for this session, live: calls, user and device states,
          counters, forwards, call log and user changes.
        </Text>
      </div>
      <EventsView />
    </Stack>
  );
}
