import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { render } from '../testing/render';
import { O2gError } from '../o2g/errors';
import { loginsKeys } from '../lib/logins-query';
import { ActAsPicker } from './act-as-picker';
import { stubClient, TEST_BASE_URL } from '../testing/stub-client';
import { SearchProbe, WithClient } from '../testing/test-providers';

const picker = (client: ReturnType<typeof stubClient>['client']) => (
  <WithClient client={client}>
    <ActAsPicker baseUrl={TEST_BASE_URL} />
    <SearchProbe />
  </WithClient>
);

describe('ActAsPicker', () => {
  it('asks the O2G for the logins and says it is loading meanwhile', () => {
    const { client, request } = stubClient();
    render(picker(client));
    expect(screen.getByRole('combobox', { name: 'Act as' })).toBeDisabled();
    expect(screen.getByLabelText('Loading the logins')).toBeInTheDocument();
    expect(request).toHaveBeenCalledWith(
      'GET',
      `${TEST_BASE_URL}/logins`,
      expect.anything(),
      expect.anything(),
    );
  });

  it('offers the logins and puts the pick in the URL', async () => {
    const { client } = stubClient();
    const { queryClient, user } = render(picker(client), { route: '/services/State' });
    queryClient.setQueryData(loginsKeys.list(TEST_BASE_URL), { loginNames: ['oxe2001', 'oxe2002'] });
    const select = screen.getByRole('combobox', { name: 'Act as' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(select);
    await user.click(screen.getByRole('option', { name: 'oxe2002' }));
    expect(screen.getByRole('status', { name: 'Page search' })).toHaveTextContent('?loginName=oxe2002');
  });

  it('shows the pick the URL already holds, and warns when the O2G does not know it', async () => {
    const { client } = stubClient();
    const { queryClient } = render(picker(client), { route: '/services/State?loginName=oxe2009' });
    queryClient.setQueryData(loginsKeys.list(TEST_BASE_URL), { loginNames: ['oxe2001'] });
    expect(await screen.findByText("oxe2009 is not one of the O2G's logins.")).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Act as' })).toHaveValue('oxe2009');
  });

  it('says so when the O2G lists no login', async () => {
    const { client } = stubClient();
    const { queryClient } = render(picker(client));
    queryClient.setQueryData(loginsKeys.list(TEST_BASE_URL), { loginNames: [] });
    expect(await screen.findByText(/the O2G lists no logins/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Act as' })).not.toBeInTheDocument();
  });

  it('tells why the logins could not be listed, and offers to try again', async () => {
    const { client, request } = stubClient(() =>
      Promise.reject(
        new O2gError({
          failure: 'no-rights',
          method: 'GET',
          url: `${TEST_BASE_URL}/logins`,
          status: 403,
          detail: 'no',
        }),
      ),
    );
    const { user } = render(picker(client));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not list the logins');
    expect(alert).toHaveTextContent('Not allowed: Your O2G account has no rights for this.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(request).toHaveBeenCalledTimes(2);
  });
});
