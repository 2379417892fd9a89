import { plural } from '../../../lib/plural';
import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ExplorerService } from '../../../o2g/catalogue/join';
import type { ExplorerHref } from '../model/explorer-links';

/** One service's operations at a glance, each a link to its form. */
export function ServiceOverview({ service, href }: { service: ExplorerService; href: ExplorerHref }) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {service.serviceName}
      </Title>
      <Text size="sm" c="dimmed">
        {plural(service.operations.length, 'operation')} under <Code>{service.relativeUrl || '/'}</Code>
      </Text>
      {service.operations.map((operation) => (
        <Paper key={operation.id} withBorder p="xs">
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" w={64}>
              {operation.method}
            </Badge>
            <Anchor component={Link} to={href(service.serviceName, operation.id)} fw={500}>
              {operation.summary}
            </Anchor>
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>
              {operation.path}
            </Code>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
