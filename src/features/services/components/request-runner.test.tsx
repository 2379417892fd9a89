import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { useSubmitShortcut } from '../../../components/use-submit-shortcut';
import { render } from '../../../testing/render';
import { requestsOf, signInTo, startOwnLab } from '../../../testing/own-lab';
import { WithClient } from '../../../testing/test-providers';
import { RequestRunner } from './request-runner';

/** The console's keyboard shortcuts, which its shell turns on for every page. */
function WithShortcuts({ children }: { children: ReactNode }) {
  useSubmitShortcut();
  return children;
}

/** Signs in to a lab of the test's own and renders the free-form request of the Users service. */
async function renderRunner(loginName: 'admin' | 'oxe2002', actAs?: string) {
  const { client, session } = await signInTo(await startOwnLab(), loginName);
  const requests = requestsOf(client);
  const view = render(
    <WithClient client={client}>
      <WithShortcuts>
        <RequestRunner baseUrl={session.baseUrl} relativeUrl="/users" actAs={actAs} />
      </WithShortcuts>
    </WithClient>,
  );
  return { ...view, requests, baseUrl: session.baseUrl };
}

describe('RequestRunner', () => {
  it('keeps the path under the service, tells why at the field, and forgets it at the next input', async () => {
    const { user, requests } = await renderRunner('oxe2002');
    const path = screen.getByRole('textbox', { name: 'Path under the service' });
    await user.type(path, '/../sessions');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(path).toHaveAccessibleDescription(/Stay under this service: no "\.\.", no other address\./);
    expect(requests).toEqual([]);
    await user.type(path, 'x');
    expect(screen.queryByText(/Stay under this service/)).not.toBeInTheDocument();
  });

  it('refuses a body that is not JSON, and sends nothing', async () => {
    // The body's autosizing listens to the page's fonts loading, which the test DOM does not have.
    if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });
    const { user, requests } = await renderRunner('oxe2002');
    await user.click(screen.getByRole('combobox', { name: 'Method' }));
    await user.click(screen.getByRole('option', { name: 'POST' }));
    await user.type(screen.getByRole('textbox', { name: 'JSON body' }), 'not json');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('The body is not valid JSON.')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('sends with Ctrl+Enter from the path, naming the user an administrator acts as', async () => {
    const { user, requests, baseUrl } = await renderRunner('admin', 'oxe2001');
    await user.type(screen.getByRole('textbox', { name: 'Path under the service' }), '/oxe2001');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/HTTP 200/)).toBeInTheDocument();
    expect(requests).toEqual([`GET ${baseUrl}/users/oxe2001?loginName=oxe2001`]);
  });
});
