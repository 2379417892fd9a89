import { Alert, Badge, Code, Group, Stack, Text, Title } from '@mantine/core';
import type { ServiceDescriptor } from '../../../o2g/contract';
import { useActAs } from '../../../lib/use-act-as';
import type { ReadTarget } from '../model/read-url';
import { describeService, needsActAs } from '../model/service-catalog';
import { ActAsPicker } from '../../../components/act-as-picker';
import { DirectorySearchPanel } from './directory-search-panel';
import { ReadPanel } from './read-panel';
import { RequestRunner } from './request-runner';

interface ServicePageProps {
  service: ServiceDescriptor;
  /** The session's base URL: every request of the page starts with it. */
  baseUrl: string;
  admin: boolean;
  /** The session's own login, which a user's login fields start with. */
  sessionLogin: string;
}

/**
 * One service of the session: what it is for, its READ requests with their parameters, and the
 * free-form request at the bottom. A service the catalogue does not know gets the header and the
 * free-form request only.
 */
export function ServicePage({ service, baseUrl, admin, sessionLogin }: ServicePageProps) {
  const description = describeService(service.serviceName);
  const [actAs] = useActAs();
  const target: ReadTarget = { admin, actAs };
  const login = admin ? actAs : sessionLogin;

  return (
    <Stack gap="md">
      <div>
        <Group gap="xs">
          <Title order={1}>{service.serviceName}</Title>
          {!description && (
            <Badge variant="light" color="gray">
              unknown service
            </Badge>
          )}
        </Group>
        <Text c="dimmed">{description?.purpose ?? 'A service this console does not know yet.'}</Text>
        <Text size="sm">
          Version {service.serviceVersion}, at <Code>{`${baseUrl}${service.relativeUrl}`}</Code>
        </Text>
      </div>
      {admin && needsActAs(description) && <ActAsPicker baseUrl={baseUrl} />}
      {description?.note && (
        <Alert variant="light" color="blue">
          {description.note}
        </Alert>
      )}
      {description && description.reads.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            Read
          </Title>
          {description.reads.map((read) => (
            <ReadPanel key={read.id} read={read} baseUrl={baseUrl} target={target} login={login} />
          ))}
        </Stack>
      )}
      {description?.flow === 'directory-search' && <DirectorySearchPanel baseUrl={baseUrl} target={target} />}
      <RequestRunner baseUrl={baseUrl} relativeUrl={service.relativeUrl} actAs={admin ? actAs : undefined} />
    </Stack>
  );
}
