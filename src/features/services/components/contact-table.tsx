import { Table } from '@mantine/core';
import type { PartyInfo } from '../../../o2g/contract';

/** Contacts a directory search found, as the O2G described them. */
export function ContactTable({ contacts }: { contacts: PartyInfo[] }) {
  return (
    <Table withTableBorder striped aria-label="Contacts found">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Number</Table.Th>
          <Table.Th>Login</Table.Th>
          <Table.Th>Type</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact, index) => (
          <Table.Tr key={`${contact.id.loginName ?? contact.id.phoneNumber ?? ''}-${index}`}>
            <Table.Td>
              {[contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.displayName || '—'}
            </Table.Td>
            <Table.Td>{contact.id.phoneNumber ?? '—'}</Table.Td>
            <Table.Td>{contact.id.loginName ?? '—'}</Table.Td>
            <Table.Td>{contact.type?.main ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
