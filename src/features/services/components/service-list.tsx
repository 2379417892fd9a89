import { Anchor, Badge, Code, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ServiceDescriptor } from '../../../o2g/contract';
import { describeService } from '../model/service-catalog';

/**
 * The session's services exactly as the O2G returned them, in its order: any number of them, unknown
 * ones included, each linking to its page.
 */
export function ServiceList({
  services,
  linkTo,
}: {
  services: ServiceDescriptor[];
  linkTo: (serviceName: string) => string;
}) {
  if (services.length === 0) {
    return <Text c="dimmed">This session lists no services.</Text>;
  }
  return (
    // On a phone the table scrolls inside its box; the page itself never scrolls sideways.
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder aria-label="Services of this session">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Service</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Relative URL</Table.Th>
            <Table.Th>What it is for</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service, index) => {
            const description = describeService(service.serviceName);
            return (
              <Table.Tr key={`${service.serviceName}-${index}`}>
                <Table.Td>
                  <Anchor component={Link} to={linkTo(service.serviceName)} fw={600}>
                    {service.serviceName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{service.serviceVersion}</Table.Td>
                <Table.Td>
                  <Code>{service.relativeUrl}</Code>
                </Table.Td>
                <Table.Td>
                  {description ? (
                    <Text size="sm">{description.purpose}</Text>
                  ) : (
                    <Badge variant="light" color="gray">
                      unknown service
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
