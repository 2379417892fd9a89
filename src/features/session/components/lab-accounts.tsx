import { Button, Table, Text, VisuallyHidden } from '@mantine/core';

export interface LabAccount {
  loginName: string;
  password: string;
  description: string;
}

/** The embedded lab's demo accounts, one click to fill the form with one. */
export function LabAccounts({
  accounts,
  onPick,
}: {
  accounts: LabAccount[];
  onPick: (account: LabAccount) => void;
}) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        Embedded lab accounts
      </Text>
      <Table striped withTableBorder fz="sm" aria-label="Embedded lab accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Login</Table.Th>
            <Table.Th>Password</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>
              {/* Every column is named for a screen reader (axe: empty-table-header). */}
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.loginName}>
              <Table.Td ff="monospace">{account.loginName}</Table.Td>
              <Table.Td ff="monospace">{account.password}</Table.Td>
              <Table.Td>{account.description}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onPick(account)}
                  aria-label={`Use ${account.loginName}`}
                >
                  Use
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
