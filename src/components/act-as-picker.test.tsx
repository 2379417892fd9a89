import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { render } from '../testing/render';
import { ActAsPicker } from './act-as-picker';
import { requestsOf, signInTo, startOwnLab, type SignedIn } from '../testing/own-lab';
import { SearchProbe, WithClient } from '../testing/test-providers';

function renderPicker({ client, session }: SignedIn, route = '/') {
  return render(
    <WithClient client={client}>
      <ActAsPicker baseUrl={session.baseUrl} />
      <SearchProbe />
    </WithClient>,
    { route },
  );
}

const LAB_LOGINS = ['oxe2001', 'oxe2002', 'oxe2003', 'oxe2004', 'oxe2005'];

describe('ActAsPicker', () => {
  it('asks the O2G for the logins and says it is loading meanwhile', async () => {
    const admin = await signInTo(await startOwnLab(), 'admin');
    const requests = requestsOf(admin.client);
    renderPicker(admin);
    expect(screen.getByRole('combobox', { name: 'Act as' })).toBeDisabled();
    expect(screen.getByLabelText('Loading the logins')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Act as' })).toBeEnabled());
    expect(requests).toEqual([`GET ${admin.session.baseUrl}/logins`]);
  });

  it('offers the logins and puts the pick in the URL', async () => {
    const { user } = renderPicker(await signInTo(await startOwnLab(), 'admin'), '/services/State');
    const select = screen.getByRole('combobox', { name: 'Act as' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(select);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
      expect.arrayContaining(LAB_LOGINS),
    );
    await user.click(screen.getByRole('option', { name: 'oxe2002' }));
    expect(screen.getByRole('status', { name: 'Page search' })).toHaveTextContent('?loginName=oxe2002');
  });

  it('shows the pick the URL already holds, and warns when the O2G does not know it', async () => {
    renderPicker(await signInTo(await startOwnLab(), 'admin'), '/services/State?loginName=oxe2009');
    expect(await screen.findByText("oxe2009 is not one of the O2G's logins.")).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Act as' })).toHaveValue('oxe2009');
  });

  it('says so when the O2G lists no login', async () => {
    // An O2G whose PBX has no users yet: only the administrator can sign in.
    const lab = await startOwnLab({ users: [], huntingGroups: [] });
    renderPicker(await signInTo(lab, 'admin'));
    expect(await screen.findByText(/the O2G lists no logins/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Act as' })).not.toBeInTheDocument();
  });

  it('tells why the logins could not be listed, and offers to try again', async () => {
    const lab = await startOwnLab();
    const admin = await signInTo(lab, 'admin');
    // The O2G refuses the next request (403, in its own error body), then answers again.
    await lab.control('POST', '/faults', { failNext: 1, status: 403 });
    const requests = requestsOf(admin.client);
    const { user } = renderPicker(admin);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not list the logins');
    expect(alert).toHaveTextContent('Not allowed: Simulated failure (lab control)');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Act as' })).toBeEnabled());
    expect(requests).toEqual([`GET ${admin.session.baseUrl}/logins`, `GET ${admin.session.baseUrl}/logins`]);
  });
});
