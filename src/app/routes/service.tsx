import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { ServicePage } from '../../features/services/components/service-page';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';

export function Component() {
  const { serviceName = '' } = useParams();
  const { search } = useLocation();
  const session = useO2gSession();
  if (!session) return null;
  // The search part carries the administrator's "Act as" pick back to the list.
  const back = (
    <Anchor component={Link} to={`${paths.services.href()}${search}`} size="sm">
      ← All services
    </Anchor>
  );
  const service = session.info.services.find((candidate) => candidate.serviceName === serviceName);
  if (!service) {
    return (
      <Stack>
        <Title order={1}>{serviceName}</Title>
        <Text>This session has no service named “{serviceName}”.</Text>
        {back}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Group gap="md">
        {back}
        <Anchor component={Link} to={`${paths.explorer.href(service.serviceName)}${search}`} size="sm">
          Every operation of {service.serviceName}, with forms, in the explorer →
        </Anchor>
      </Group>
      <ServicePage
        // A different service is a different page: its typed values, answers and search go with the
        // old one, all at once (decision 0018).
        key={service.serviceName}
        service={service}
        baseUrl={session.baseUrl}
        admin={session.info.admin}
        sessionLogin={session.loginName}
      />
    </Stack>
  );
}
