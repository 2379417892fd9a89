import { Anchor, Code, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { RequestRunner } from '../../features/services/components/request-runner';
import { describeService } from '../../features/services/model/service-catalog';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';

export function Component() {
  const { serviceName = '' } = useParams();
  const session = useO2gSession();
  if (!session) return null;
  const service = session.info.services.find((candidate) => candidate.serviceName === serviceName);
  if (!service) {
    return (
      <Stack>
        <Title order={1}>{serviceName}</Title>
        <Text>This session has no service named “{serviceName}”.</Text>
        <Anchor component={Link} to={paths.services.href()}>
          Back to the services
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{service.serviceName}</Title>
        <Text c="dimmed">
          {describeService(service.serviceName)?.purpose ?? 'A service this console does not know yet.'}
        </Text>
        <Text size="sm">
          Version {service.serviceVersion}, at <Code>{`${session.baseUrl}${service.relativeUrl}`}</Code>
        </Text>
      </div>
      <RequestRunner baseUrl={session.baseUrl} relativeUrl={service.relativeUrl} />
    </Stack>
  );
}
