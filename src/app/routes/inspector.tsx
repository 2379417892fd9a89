import { Stack, Text, Title } from '@mantine/core';
import { InspectorView } from '../../features/inspector/components/inspector-view';
import { useExplorerEditLink } from '../explorer-edit-link';

export function Component() {
  const origin = window.location.origin;
  const editLink = useExplorerEditLink(origin);
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Inspector</Title>
        <Text c="dimmed">
          Every O2G request of this console, live, with the password and the credential redacted.
        </Text>
      </div>
      <InspectorView origin={origin} editLink={editLink} />
    </Stack>
  );
}
