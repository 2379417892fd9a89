import { plural } from '../../../lib/plural';
import { Badge, NavLink, ScrollArea } from '@mantine/core';
import { Link } from 'react-router';
import type { ExplorerService } from '../../../o2g/catalogue/join';
import type { ExplorerHref } from '../model/explorer-links';

const METHOD_COLORS: Record<string, string> = { GET: 'blue', POST: 'green', PUT: 'orange', DELETE: 'red' };

/** The session's services and their operations; the open service is unfolded. */
export function ExplorerSidebar({
  services,
  serviceName,
  operationId,
  href,
  onNavigate,
}: {
  services: readonly ExplorerService[];
  serviceName?: string;
  operationId?: string;
  href: ExplorerHref;
  onNavigate?: () => void;
}) {
  return (
    <nav aria-label="Services and operations">
      <ScrollArea.Autosize mah="calc(100vh - 140px)" type="auto" offsetScrollbars>
        {services.map((service) => (
          <NavLink
            key={service.serviceName}
            component="button"
            type="button"
            label={service.serviceName}
            description={plural(service.operations.length, 'operation')}
            defaultOpened={service.serviceName === serviceName}
            active={service.serviceName === serviceName && !operationId}
            childrenOffset="xs"
          >
            <NavLink
              component={Link}
              to={href(service.serviceName)}
              label="About this service"
              active={service.serviceName === serviceName && !operationId}
              onClick={onNavigate}
            />
            {service.operations.map((operation) => (
              <NavLink
                key={operation.id}
                component={Link}
                to={href(service.serviceName, operation.id)}
                label={operation.summary}
                active={operation.id === operationId}
                onClick={onNavigate}
                leftSection={
                  <Badge size="xs" w={52} variant="light" color={METHOD_COLORS[operation.method] ?? 'gray'}>
                    {operation.method}
                  </Badge>
                }
              />
            ))}
          </NavLink>
        ))}
      </ScrollArea.Autosize>
    </nav>
  );
}
