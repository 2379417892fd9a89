import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { WithClient } from '../../../testing/test-providers';
import type { LabExtension } from '../api/list-extensions';
import { BASE, freeState, labClient } from '../testing/telephony-test-kit';
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

function renderGrid(extensions: LabExtension[], admin = false) {
  // A user's own state is asked without ?loginName=; the kit answers only the administrator's form.
  const { client, request } = labClient((_method, url) =>
    url === `${BASE}/telephony/state` ? freeState('2001') : undefined,
  );
  render(
    <WithClient client={client}>
      <ExtensionGrid baseUrl={BASE} admin={admin} extensions={extensions} />
    </WithClient>,
  );
  return { request };
}

const row = (number: string) => screen.getByRole('row', { name: `Extension ${number}` });

describe('ExtensionGrid for a user session', () => {
  it('shows the others’ name and number, and says once why their state is hidden', async () => {
    const { request } = renderGrid(USER_VIEW);
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
    const asked = request.mock.calls.map(([, url]) => String(url));
    expect(asked.some((url) => url.includes('loginName=oxe2002') || url.includes('loginName=oxe2003'))).toBe(
      false,
    );
  });

  it('has no note for an administrator, who sees every extension', async () => {
    renderGrid(
      USER_VIEW.map((e) => ({ ...e, controllable: true })),
      true,
    );
    await waitFor(() => expect(within(row('2003')).getByText('Free')).toBeInTheDocument());
    expect(screen.queryByText(/your own extension only/)).toBeNull();
    expect(screen.getByRole('table', { name: 'Lab extensions' })).not.toHaveAttribute('aria-describedby');
  });
});
