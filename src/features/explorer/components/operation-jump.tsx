import { useMemo, useState } from 'react';
import { Badge, Modal, NavLink, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import type { ExplorerService } from '../../../o2g/catalogue/join';
import type { ExplorerHref } from '../model/explorer-links';
import { matchesQuery } from '../model/explorer-links';

const SHOWN = 30;

interface Target {
  key: string;
  label: string;
  detail: string;
  to: string;
}

/** Ctrl/⌘+K: type a few words, jump to any service or operation of the session. */
export function OperationJump({
  services,
  href,
  opened,
  onOpen,
  onClose,
}: {
  services: readonly ExplorerService[];
  href: ExplorerHref;
  opened: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  useHotkeys([['mod+K', onOpen]], []);
  const targets = useMemo<Target[]>(
    () =>
      services.flatMap((service) => [
        {
          key: service.serviceName,
          label: service.serviceName,
          detail: 'service',
          to: href(service.serviceName),
        },
        ...service.operations.map((operation) => ({
          key: operation.id,
          label: `${service.serviceName}: ${operation.summary}`,
          detail: `${operation.method} ${operation.path}`,
          to: href(service.serviceName, operation.id),
        })),
      ]),
    [services, href],
  );
  const found = targets
    .filter((target) => matchesQuery(`${target.label} ${target.detail}`, query))
    .slice(0, SHOWN);
  const go = (target: Target | undefined) => {
    if (!target) return;
    void navigate(target.to);
    setQuery('');
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Jump to a service or operation" size="lg">
      <Stack gap="xs">
        <TextInput
          label="Search"
          placeholder="e.g. dnd, make call, comlog delete"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') go(found[0]);
          }}
          data-autofocus
        />
        <Stack gap={0}>
          {found.length === 0 && (
            <Text size="sm" c="dimmed">
              Nothing matches.
            </Text>
          )}
          {found.map((target) => (
            <NavLink
              key={target.key}
              label={target.label}
              description={target.detail}
              onClick={() => go(target)}
              rightSection={target.detail === 'service' ? <Badge size="xs">service</Badge> : undefined}
            />
          ))}
        </Stack>
      </Stack>
    </Modal>
  );
}
