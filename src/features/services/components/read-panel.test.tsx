import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { O2gError } from '../../../o2g/errors';
import { COMLOG_READS } from '../model/reads/history-reads';
import { USERS_READS } from '../model/reads/people-reads';
import { ReadPanel } from './read-panel';
import { stubClient, TEST_BASE_URL } from '../../../testing/stub-client';
import { WithClient } from '../../../testing/test-providers';

const [userRead] = USERS_READS;
const recordsRead = COMLOG_READS[0]!;

describe('ReadPanel', () => {
  it('starts the login field with the login acted as, and reads that user', async () => {
    const { client, request } = stubClient();
    const { user } = render(
      <WithClient client={client}>
        <ReadPanel
          read={userRead!}
          baseUrl={TEST_BASE_URL}
          target={{ admin: true, actAs: 'oxe2001' }}
          login="oxe2001"
        />
      </WithClient>,
    );
    const panel = screen.getByRole('region', { name: 'Read the user' });
    expect(within(panel).getByRole('textbox', { name: 'Login name' })).toHaveValue('oxe2001');
    await user.click(within(panel).getByRole('button', { name: 'Read the user' }));
    expect(request).toHaveBeenCalledWith(
      'GET',
      `${TEST_BASE_URL}/users/oxe2001`,
      undefined,
      expect.anything(),
    );
  });

  it('checks the parameters and sends nothing while one is wrong', async () => {
    const { client, request } = stubClient();
    const { user } = render(
      <WithClient client={client}>
        <ReadPanel read={recordsRead} baseUrl={TEST_BASE_URL} target={{ admin: false }} login="oxe2002" />
      </WithClient>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Not before' }), 'yesterday');
    await user.type(screen.getByRole('textbox', { name: 'Limit' }), 'ten');
    await user.click(screen.getByRole('button', { name: 'Query the call records' }));
    expect(screen.getByText(/An ISO-8601 instant in UTC/)).toBeInTheDocument();
    expect(screen.getByText('A whole number above 0.')).toBeInTheDocument();
    expect(request).not.toHaveBeenCalled();
  });

  it('never sends loginName for a user session', async () => {
    const { client, request } = stubClient();
    const { user } = render(
      <WithClient client={client}>
        <ReadPanel read={recordsRead} baseUrl={TEST_BASE_URL} target={{ admin: false }} login="oxe2002" />
      </WithClient>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Only unanswered' }));
    await user.click(screen.getByRole('button', { name: 'Query the call records' }));
    expect(request).toHaveBeenCalledWith(
      'GET',
      `${TEST_BASE_URL}/comlog/records?unanswered=true`,
      undefined,
      expect.anything(),
    );
  });

  it('asks an administrator to pick a user first', async () => {
    const { client, request } = stubClient();
    const { user } = render(
      <WithClient client={client}>
        <ReadPanel read={recordsRead} baseUrl={TEST_BASE_URL} target={{ admin: true }} login={undefined} />
      </WithClient>,
    );
    expect(screen.getByText('no login picked in "Act as"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Query the call records' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a login in "Act as"');
    expect(request).not.toHaveBeenCalled();
  });

  it('tells a refused read in plain words, with the O2G error body', async () => {
    const body = {
      httpStatus: 'NOT_FOUND',
      code: 404,
      helpMessage: 'Unknown user oxe9999',
      type: 'NotFound',
      canRetry: false,
    };
    const { client } = stubClient((method, url) =>
      Promise.reject(new O2gError({ failure: 'not-found', method, url, status: 404, body })),
    );
    const { user } = render(
      <WithClient client={client}>
        <ReadPanel read={userRead!} baseUrl={TEST_BASE_URL} target={{ admin: false }} login="oxe2002" />
      </WithClient>,
    );
    const field = screen.getByRole('textbox', { name: 'Login name' });
    await user.clear(field);
    await user.type(field, 'oxe9999');
    await user.click(screen.getByRole('button', { name: 'Read the user' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found (HTTP 404)');
    expect(alert).toHaveTextContent('Unknown user oxe9999');
    expect(within(alert).getByRole('tree', { name: 'Error body' })).toHaveTextContent('"NOT_FOUND"');
  });
});
