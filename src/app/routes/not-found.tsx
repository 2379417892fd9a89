import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../paths';

export function Component() {
  return (
    <Stack align="center" mt="xl" gap="sm">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">The console has no page at this address.</Text>
      <Anchor component={Link} to={paths.login.href()}>
        Go to the sign-in page
      </Anchor>
    </Stack>
  );
}
