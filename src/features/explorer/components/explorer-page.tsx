import { useState } from 'react';
import { Alert, Box, Button, Grid, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ActAsPicker } from '../../../components/act-as-picker';
import type { ServiceDescriptor } from '../../../o2g/contract/session';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useExplorerCatalogue } from '../api/use-explorer-catalogue';
import { ExportMenu } from './export-menu';
import type { ExplorerDraft } from '../model/explorer-draft';
import type { ExplorerHref } from '../model/explorer-links';
import { ExplorerSidebar } from './explorer-sidebar';
import { HistoryList } from './history-list';
import { OperationJump } from './operation-jump';
import { OperationView } from './operation-view';
import { ServiceOverview } from './service-overview';

interface ExplorerPageProps {
  baseUrl: string;
  services: readonly ServiceDescriptor[];
  admin: boolean;
  sessionLogin: string;
  serviceName?: string;
  operationId?: string;
  href: ExplorerHref;
  /** A request to edit and resend (from the Inspector): its body fills the operation's form. */
  draft?: ExplorerDraft;
}

/**
 * The service explorer: every operation of the connected O2G (its WADL joined with the console's
 * catalogue), a form for each, the answers and history of the session.
 */
export function ExplorerPage(props: ExplorerPageProps) {
  const { baseUrl, services, admin, sessionLogin, serviceName, operationId, href, draft } = props;
  const catalogue = useExplorerCatalogue(baseUrl, services);
  const [jumpOpened, jump] = useDisclosure(false);
  const [listOpened, setListOpened] = useState(false);
  const service = catalogue.services.find((candidate) => candidate.serviceName === serviceName);
  const operation = service?.operations.find((candidate) => candidate.id === operationId);

  let main;
  if (operation) {
    main = (
      <OperationView
        key={operation.id}
        operation={operation}
        baseUrl={baseUrl}
        admin={admin}
        sessionLogin={sessionLogin}
        draftBody={draft?.operationId === operation.id ? { body: draft.body } : undefined}
      />
    );
  } else if (operationId || (serviceName && !service)) {
    main = (
      <Alert color="orange" title="Not here" role="alert">
        This session has no {operationId ? `operation “${operationId}”` : `service “${serviceName}”`}. Pick
        one in the list.
      </Alert>
    );
  } else if (service) {
    main = <ServiceOverview service={service} href={href} />;
  } else {
    main = <HistoryList services={catalogue.services} href={href} />;
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>Service explorer</Title>
        <Group gap="xs">
          <ExportMenu catalogue={catalogue} baseUrl={baseUrl} />
          <Button variant="default" onClick={jump.open} rightSection={<Kbd size="xs">Ctrl K</Kbd>}>
            Jump to…
          </Button>
        </Group>
      </Group>
      <Group gap="xs" role="status" aria-label="Catalogue source">
        {catalogue.wadlPending ? (
          <>
            <Loader size="xs" />
            <Text size="sm">Reading this O2G’s WADL; the console’s catalogue is shown meanwhile.</Text>
          </>
        ) : catalogue.basis === 'wadl' ? (
          <Text size="sm">Operations from this O2G’s WADL, joined with the console’s catalogue.</Text>
        ) : (
          <Text size="sm">
            {catalogue.wadlError
              ? `This O2G’s WADL could not be read (${describeO2gError(catalogue.wadlError).message}): `
              : 'This O2G serves no WADL: '}
            showing the console’s built-in catalogue.
          </Text>
        )}
      </Group>
      {admin && (
        <ActAsPicker
          baseUrl={baseUrl}
          description="Every loginName field of the explorer follows this pick."
        />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Button
            hiddenFrom="md"
            variant="light"
            fullWidth
            onClick={() => setListOpened((open) => !open)}
            aria-expanded={listOpened}
          >
            {listOpened ? 'Hide the operations' : 'Show the operations'}
          </Button>
          <Box visibleFrom="md">
            <ExplorerSidebar
              services={catalogue.services}
              serviceName={serviceName}
              operationId={operationId}
              href={href}
            />
          </Box>
          {listOpened && (
            <Box hiddenFrom="md" mt="xs">
              <ExplorerSidebar
                services={catalogue.services}
                serviceName={serviceName}
                operationId={operationId}
                href={href}
                onNavigate={() => setListOpened(false)}
              />
            </Box>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>{main}</Grid.Col>
      </Grid>
      <OperationJump
        services={catalogue.services}
        href={href}
        opened={jumpOpened}
        onOpen={jump.open}
        onClose={jump.close}
      />
    </Stack>
  );
}
