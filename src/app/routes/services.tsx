import { Stack, Text, Title } from '@mantine/core';
import { ServiceList } from '../../features/services/components/service-list';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';

export function Component() {
  const session = useO2gSession();
  if (!session) return null;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Services</Title>
        <Text c="dimmed">
          {session.info.services.length} services in this session, under <code>{session.baseUrl}</code>
        </Text>
      </div>
      <ServiceList services={session.info.services} linkTo={paths.service.href} />
    </Stack>
  );
}
