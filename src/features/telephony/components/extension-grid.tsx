import { useId } from 'react';
import { Badge, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';
import type { LabExtension } from '../api/list-extensions';
import { telephonyQueries } from '../api/telephony-queries';
import { callPhase, participantsLabel } from '../model/call-view';

/**
 * The lab's extensions and their live state: user state, device state and current call. A user session
 * may read only its own state (the O2G answers 403 for another user's), so the other rows show what the
 * directory gives (name, number) and one line above the grid says why their state is not shown.
 */
export function ExtensionGrid({
  baseUrl,
  admin,
  extensions,
}: {
  baseUrl: string;
  admin: boolean;
  extensions: LabExtension[];
}) {
  const noteId = useId();
  const othersHidden = extensions.some((extension) => !extension.controllable);
  return (
    <Stack gap="xs">
      {othersHidden && (
        <Text size="sm" c="dimmed" id={noteId}>
          Signed in as a user, you see the state of your own extension only: the O2G shows a user no other
          user&rsquo;s phone. The others are listed from the directory, to call them; an administrator session
          sees every extension&rsquo;s state.
        </Text>
      )}
      {/* On a narrow screen the grid scrolls sideways; its rows hold nothing to focus, so the scroller
          itself takes focus, and arrow keys scroll it. */}
      <Table.ScrollContainer
        minWidth={560}
        scrollAreaProps={{
          viewportProps: { tabIndex: 0, role: 'region', 'aria-label': 'Lab extensions, scrollable' },
        }}
      >
        <Table
          aria-label="Lab extensions"
          aria-describedby={othersHidden ? noteId : undefined}
          striped
          highlightOnHover
          verticalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Number</Table.Th>
              <Table.Th>User state</Table.Th>
              <Table.Th>Device state</Table.Th>
              <Table.Th>Current call</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {extensions.map((extension) => (
              <ExtensionRow key={extension.loginName} baseUrl={baseUrl} admin={admin} extension={extension} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function ExtensionRow({
  baseUrl,
  admin,
  extension,
}: {
  baseUrl: string;
  admin: boolean;
  extension: LabExtension;
}) {
  const { http } = useO2gClient();
  const state = useQuery({
    ...telephonyQueries.state(http, baseUrl, extension.loginName, admin),
    enabled: extension.controllable,
  });
  const pending = <Loader size="xs" aria-label={`Loading the state of ${extension.number}`} />;
  const failed = <Text c="red">could not read</Text>;
  const cell = (content: (data: NonNullable<typeof state.data>) => React.ReactNode) =>
    state.isPending ? pending : state.isLoadingError ? failed : content(state.data);
  const current = state.data?.calls[0];

  if (!extension.controllable) {
    return (
      <Table.Tr aria-label={`Extension ${extension.number}`}>
        <Table.Td>{extension.name}</Table.Td>
        <Table.Td ff="monospace">{extension.number}</Table.Td>
        {/* One cell for the three states: the note above the grid says once why they are not shown. */}
        <Table.Td colSpan={3}>
          <Text span c="dimmed" aria-hidden>
            &mdash;
          </Text>
          <VisuallyHidden>State not shown</VisuallyHidden>
        </Table.Td>
      </Table.Tr>
    );
  }

  return (
    <Table.Tr aria-label={`Extension ${extension.number}`}>
      <Table.Td>{extension.name}</Table.Td>
      <Table.Td ff="monospace">{extension.number}</Table.Td>
      <Table.Td>
        {cell((data) => (
          <Badge
            color={data.userState === 'BUSY' ? 'orange' : data.userState === 'FREE' ? 'teal' : 'gray'}
            variant="light"
          >
            {data.userState === 'BUSY' ? 'Busy' : data.userState === 'FREE' ? 'Free' : 'Unknown'}
          </Badge>
        ))}
      </Table.Td>
      <Table.Td>
        {cell((data) => {
          const device = data.deviceStates?.deviceStates[0]?.state;
          return device === 'OUT_OF_SERVICE' ? (
            <Badge color="red" variant="light">
              Out of service
            </Badge>
          ) : device === 'IN_SERVICE' ? (
            <Badge color="teal" variant="outline">
              In service
            </Badge>
          ) : (
            <Text c="dimmed">unknown</Text>
          );
        })}
      </Table.Td>
      <Table.Td>
        {cell(() =>
          current ? (
            <Text size="sm">
              {callPhase(current)} · {participantsLabel(current)}
              {state.data && state.data.calls.length > 1 ? ` (+${state.data.calls.length - 1})` : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              no call
            </Text>
          ),
        )}
      </Table.Td>
    </Table.Tr>
  );
}
