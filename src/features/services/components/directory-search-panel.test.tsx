import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '../../../testing/render';
import { requestsOf, signInTo, startOwnLab } from '../../../testing/own-lab';
import { WithClient } from '../../../testing/test-providers';
import type { ReadTarget } from '../model/read-url';
import { DirectorySearchPanel } from './directory-search-panel';

/** Signs in to a lab of the test's own and renders the Directory search of the session. */
async function renderSearch(loginName: 'admin' | 'oxe2002', actAs?: string) {
  const { client, session } = await signInTo(await startOwnLab(), loginName);
  const requests = requestsOf(client);
  const target: ReadTarget = session.info.admin ? { admin: true, actAs } : { admin: false };
  const view = render(
    <WithClient client={client}>
      <DirectorySearchPanel baseUrl={session.baseUrl} target={target} />
    </WithClient>,
  );
  return { ...view, requests };
}

describe('DirectorySearchPanel', () => {
  it('tells a missing value and a bad limit at their fields, starts nothing, and forgets each at its input', async () => {
    const { user, requests } = await renderSearch('oxe2002');
    const value = screen.getByRole('textbox', { name: 'Value' });
    const limit = screen.getByRole('textbox', { name: 'Limit' });
    await user.clear(limit);
    await user.type(limit, '500');
    await user.click(screen.getByRole('button', { name: 'Search the directory' }));
    expect(value).toHaveAccessibleDescription('Type what to search for.');
    expect(limit).toHaveAccessibleDescription(/A number from 1 to 100\./);
    expect(requests).toEqual([]);

    await user.type(value, 'Mar');
    expect(screen.queryByText('Type what to search for.')).not.toBeInTheDocument();
    expect(screen.getByText('A number from 1 to 100.')).toBeInTheDocument();
  });

  it('asks an administrator to pick a user first', async () => {
    const { user, requests } = await renderSearch('admin');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'Mar');
    await user.click(screen.getByRole('button', { name: 'Search the directory' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a login in "Act as"');
    expect(requests).toEqual([]);
  });

  it('searches the directory with the criterion typed, until the lab says it is finished', async () => {
    const { user, requests } = await renderSearch('oxe2002');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'Mar');
    await user.click(screen.getByRole('button', { name: 'Search the directory' }));
    expect(
      await screen.findByText(/^Search finished: [1-9]\d* contacts/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(requests[0]).toMatch(/^POST \S+\/directory\/search$/);
    expect(screen.getByRole('table')).toHaveTextContent(/Mar/);
  });
});
