import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { requestsOf, signInTo, startOwnLab } from '../../../testing/own-lab';
import { WithClient } from '../../../testing/test-providers';
import type { LabExtension } from '../api/list-extensions';
import { ExtensionGrid } from './extension-grid';

const extension = (number: string, name: string, controllable: boolean): LabExtension => ({
  number,
  name,
  loginName: `oxe${number}`,
  deviceId: number,
  controllable,
});

// oxe2001 signed in as a user: its own line, and two directory entries it may call but not watch.
const USER_VIEW = [
  extension('2001', 'Alice Martin', true),
  extension('2002', 'Bruno Lefebvre', false),
  extension('2003', 'Chloé Dubois', false),
];

async function renderGrid(loginName: 'oxe2001' | 'admin', extensions: LabExtension[]) {
  const { client, session } = await signInTo(await startOwnLab(), loginName);
  const requests = requestsOf(client);
  render(
    <WithClient client={client}>
      <ExtensionGrid baseUrl={session.baseUrl} admin={session.info.admin} extensions={extensions} />
    </WithClient>,
  );
  return { requests };
}

const row = (number: string) => screen.getByRole('row', { name: `Extension ${number}` });

describe('ExtensionGrid for a user session', () => {
  it('shows the others’ name and number, and says once why their state is hidden', async () => {
    const { requests } = await renderGrid('oxe2001', USER_VIEW);
    await waitFor(() => expect(within(row('2001')).getByText('Free')).toBeInTheDocument());
    expect(within(row('2002')).getByText('Bruno Lefebvre')).toBeInTheDocument();
    expect(within(row('2002')).getByText('2002')).toBeInTheDocument();
    expect(within(row('2003')).getByText('Chloé Dubois')).toBeInTheDocument();

    // The reason, once, and the table described by it; no cell repeats it.
    const notes = screen.getAllByText(/you see the state of your own extension only/);
    expect(notes).toHaveLength(1);
    expect(screen.getByRole('table', { name: 'Lab extensions' })).toHaveAccessibleDescription(
      /your own extension only/,
    );
    expect(screen.queryByText(/not visible/i)).toBeNull();
    expect(within(row('2002')).getAllByRole('cell')).toHaveLength(3);
    // Nobody asks the O2G for a state it would refuse.
    expect(requests.some((request) => /loginName=oxe200[23]/.test(request))).toBe(false);
  });

  it('has no note for an administrator, who sees every extension', async () => {
    await renderGrid(
      'admin',
      USER_VIEW.map((entry) => ({ ...entry, controllable: true })),
    );
    await waitFor(() => expect(within(row('2003')).getByText('Free')).toBeInTheDocument());
    expect(screen.queryByText(/your own extension only/)).toBeNull();
    expect(screen.getByRole('table', { name: 'Lab extensions' })).not.toHaveAttribute('aria-describedby');
  });
});
