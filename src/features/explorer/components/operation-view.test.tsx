import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../o2g/catalogue';
import { createO2gClient } from '../../../o2g/client';
import type { ExplorerOperation } from '../../../o2g/catalogue/join';
import { render } from '../../../testing/render';
import { requestsOf, signInTo, startOwnLab } from '../../../testing/own-lab';
import { SearchProbe, WithClient } from '../../../testing/test-providers';
import { OperationView } from './operation-view';

const operation = (id: string): ExplorerOperation => {
  const found = CATALOGUE.flatMap((service) => service.operations).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return { ...found, source: 'catalogue' };
};

/** An administrator signed in to a lab of the test's own, on one operation of the explorer. */
async function renderOperation(id: string, route: string, draftBody?: { body: unknown }) {
  const lab = await startOwnLab();
  const { client, session } = await signInTo(lab, 'admin');
  const requests = requestsOf(client);
  const view = render(
    <WithClient client={client}>
      <OperationView
        operation={operation(id)}
        baseUrl={session.baseUrl}
        admin
        sessionLogin="admin"
        draftBody={draftBody}
      />
      <SearchProbe />
    </WithClient>,
    { route },
  );
  /** What the lab holds as the user's routing (do not disturb, forward). */
  const routingOf = async (loginName: string) => (await lab.userState(loginName)).routing;
  return { ...view, requests, baseUrl: session.baseUrl, routingOf };
}

const search = () => screen.getByRole('status', { name: 'Page search' });
const answered = (status: string) =>
  waitFor(() => expect(screen.getByRole('region', { name: 'Answer' })).toHaveTextContent(status));

describe('the act-as (loginName) field of an operation', () => {
  it('shows the user picked in “Act as”, and sends the request for that user', async () => {
    const { user, requests, baseUrl, routingOf } = await renderOperation(
      'routing.activateDnd',
      '/explorer?loginName=oxe2002',
    );
    expect(screen.getByRole('textbox', { name: 'loginName' })).toHaveValue('oxe2002');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await answered('HTTP 204');
    expect(requests).toEqual([`POST ${baseUrl}/routing/dnd?loginName=oxe2002`]);
    expect(await routingOf('oxe2002')).toMatchObject({ dnd: true });
  });

  it('is free-form: a name typed there becomes the page’s “Act as” and the request’s loginName', async () => {
    const { user, requests, baseUrl, routingOf } = await renderOperation(
      'routing.activateDnd',
      '/explorer?loginName=oxe2002',
    );
    const field = screen.getByRole('textbox', { name: 'loginName' });
    await user.clear(field);
    await user.type(field, 'oxe2003');
    expect(field).toHaveValue('oxe2003');
    expect(search()).toHaveTextContent('?loginName=oxe2003');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await answered('HTTP 204');
    expect(requests).toEqual([`POST ${baseUrl}/routing/dnd?loginName=oxe2003`]);
    expect(await routingOf('oxe2003')).toMatchObject({ dnd: true });
    expect(await routingOf('oxe2002')).toMatchObject({ dnd: false });
  });

  it('left empty, drops “Act as” and sends no loginName (the session acts for itself)', async () => {
    const { user, requests, baseUrl } = await renderOperation(
      'routing.activateDnd',
      '/explorer?loginName=oxe2002',
    );
    await user.clear(screen.getByRole('textbox', { name: 'loginName' }));
    expect(search()).not.toHaveTextContent('loginName');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    // An administrator has no routing of its own: the O2G says which user is missing.
    await waitFor(() => expect(requests).toEqual([`POST ${baseUrl}/routing/dnd`]));
    expect(await screen.findByRole('region', { name: 'Answer' })).toHaveTextContent(/HTTP 4\d\d/);
  });
});

describe('an operation opened to edit and resend a request', () => {
  it('starts from the request’s body instead of the example, and sends it as edited', async () => {
    // An immediate forward: no forwardType at all.
    const body = { forwardRoute: { destinations: [{ type: 'NUMBER', number: '2004' }] } };
    const { user, requests, baseUrl, routingOf } = await renderOperation(
      'routing.setForward',
      '/explorer?loginName=oxe2002',
      { body },
    );
    expect(screen.getByRole('combobox', { name: /^forwardType/ })).toHaveValue('');
    const number = screen.getByRole('textbox', { name: 'number' });
    expect(number).toHaveValue('2004');
    await user.clear(number);
    await user.type(number, '2005');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await answered('HTTP 204');
    expect(requests).toEqual([`POST ${baseUrl}/routing/forwardroute?loginName=oxe2002`]);
    expect(JSON.stringify(await routingOf('oxe2002'))).toContain('2005');
  });

  it('without a request’s body, starts from the lab’s example', async () => {
    await renderOperation('routing.setForward', '/explorer?loginName=oxe2002');
    expect(screen.getByRole('combobox', { name: /^forwardType/ })).toHaveValue('BUSY');
    expect(screen.getByRole('textbox', { name: 'number' })).toHaveValue('2003');
  });
});

describe('the operation’s snippets', () => {
  // The base URL as the console holds it: on its own origin, through its proxy. Copying sends nothing,
  // so no lab is needed here.
  const proxied = `${window.location.origin}/o2g/https/lab.test:8743/api/rest/1.0`;

  it('copy cURL addressed to the O2G itself, or through the console’s proxy, as picked', async () => {
    const { user } = render(
      <WithClient client={createO2gClient()}>
        <OperationView
          operation={operation('routing.activateDnd')}
          baseUrl={proxied}
          admin
          sessionLogin="admin"
        />
      </WithClient>,
      { route: '/explorer?loginName=oxe2002' },
    );
    await user.click(screen.getByRole('button', { name: 'Copy as…' }));
    await user.click(screen.getByRole('menuitem', { name: 'cURL, direct' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^curl -X POST 'https:\/\/lab\.test:8743\/api\/rest\/1\.0\/routing\/dnd\?loginName=oxe2002'/,
    );
    await user.click(screen.getByRole('button', { name: /^Copied cURL \(direct\)$|^Copy as…$/ }));
    await user.click(screen.getByRole('menuitem', { name: 'fetch (JavaScript), through the proxy' }));
    expect(await navigator.clipboard.readText()).toContain(
      `await fetch("${proxied}/routing/dnd?loginName=oxe2002"`,
    );
    expect(screen.getByRole('button', { name: 'Copied fetch (through the proxy)' })).toBeInTheDocument();
  });
});

describe('the last answer of an operation', () => {
  it('is labelled as the previous request’s once the request is edited, until the next send', async () => {
    const { user } = await renderOperation('routing.activateDnd', '/explorer?loginName=oxe2002');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await answered('HTTP 204');
    expect(screen.queryByText(/before your last change/)).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'loginName' }), '3');
    expect(
      screen.getByText(/This answer is to the request as it was sent, before your last change/),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.queryByText(/before your last change/)).not.toBeInTheDocument());
  });
});
