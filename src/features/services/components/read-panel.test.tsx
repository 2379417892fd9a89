import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { COMLOG_READS } from '../model/reads/history-reads';
import { USERS_READS } from '../model/reads/people-reads';
import type { ServiceRead } from '../model/read-spec';
import type { ReadTarget } from '../model/read-url';
import { ReadPanel } from './read-panel';
import { requestsOf, signInTo, startOwnLab } from '../../../testing/own-lab';
import { WithClient } from '../../../testing/test-providers';

const userRead = USERS_READS[0]!;
const recordsRead = COMLOG_READS[0]!;

/** Signs in to a lab of the test's own and renders one read of the session's page. */
async function renderRead(loginName: 'admin' | 'oxe2002', read: ServiceRead, actAs?: string) {
  const { client, session } = await signInTo(await startOwnLab(), loginName);
  const requests = requestsOf(client);
  const target: ReadTarget = session.info.admin ? { admin: true, actAs } : { admin: false };
  const view = render(
    <WithClient client={client}>
      <ReadPanel
        read={read}
        baseUrl={session.baseUrl}
        target={target}
        login={session.info.admin ? actAs : session.loginName}
      />
    </WithClient>,
  );
  return { ...view, requests, baseUrl: session.baseUrl };
}

describe('ReadPanel', () => {
  it('starts the login field with the login acted as, and reads that user', async () => {
    const { user, requests, baseUrl } = await renderRead('admin', userRead, 'oxe2001');
    const panel = screen.getByRole('region', { name: 'Read the user' });
    expect(within(panel).getByRole('textbox', { name: 'Login name' })).toHaveValue('oxe2001');
    await user.click(within(panel).getByRole('button', { name: 'Read the user' }));
    expect(await within(panel).findByText(/HTTP 200/)).toBeInTheDocument();
    expect(panel).toHaveTextContent('Alice');
    expect(requests).toEqual([`GET ${baseUrl}/users/oxe2001`]);
  });

  it('checks the parameters and sends nothing while one is wrong', async () => {
    const { user, requests } = await renderRead('oxe2002', recordsRead);
    await user.type(screen.getByRole('textbox', { name: 'Not before' }), 'yesterday');
    await user.type(screen.getByRole('textbox', { name: 'Limit' }), 'ten');
    await user.click(screen.getByRole('button', { name: 'Query the call records' }));
    expect(screen.getByText(/An ISO-8601 instant in UTC/)).toBeInTheDocument();
    expect(screen.getByText('A whole number above 0.')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('never sends loginName for a user session', async () => {
    const { user, requests, baseUrl } = await renderRead('oxe2002', recordsRead);
    await user.click(screen.getByRole('checkbox', { name: 'Only unanswered' }));
    await user.click(screen.getByRole('button', { name: 'Query the call records' }));
    await waitFor(() => expect(requests).toEqual([`GET ${baseUrl}/comlog/records?unanswered=true`]));
    expect(await screen.findByText(/HTTP 200/)).toBeInTheDocument();
  });

  it('asks an administrator to pick a user first', async () => {
    const { user, requests } = await renderRead('admin', recordsRead);
    expect(screen.getByText('no login picked in "Act as"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Query the call records' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a login in "Act as"');
    expect(requests).toEqual([]);
  });

  it('tells a refused read in plain words, with the O2G error body', async () => {
    const { user } = await renderRead('oxe2002', userRead);
    const field = screen.getByRole('textbox', { name: 'Login name' });
    await user.clear(field);
    await user.type(field, 'oxe9999');
    await user.click(screen.getByRole('button', { name: 'Read the user' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/\(HTTP 40[34]\)/);
    expect(alert).toHaveTextContent('oxe9999');
    expect(within(alert).getByRole('tree', { name: 'Error body' })).toHaveTextContent('"httpStatus"');
  });
});
