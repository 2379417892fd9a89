import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { O2gError } from '../../../o2g/errors';
import { render } from '../../../testing/render';
import { stubClient } from '../../../testing/stub-client';
import { WithClient } from '../../../testing/test-providers';
import { SignInPanel } from './sign-in-panel';

const LAB = 'https://127.0.0.1:8743';
const VLAB = 'https://o2g-vlab30.example.test';

/** A proxy started with the embedded lab and one `--target`; discovery of the lab does not answer. */
function proxyWithLabAndTarget() {
  return stubClient((method, url) => {
    if (url === '/o2g/__targets') {
      return Promise.resolve({
        status: 200,
        headers: new Headers(),
        data: {
          targets: [
            {
              origin: LAB,
              prefix: '/o2g/https/127.0.0.1:8743',
              kind: 'embedded-lab',
              accounts: [{ loginName: 'oxe2001', password: '2001', description: 'Alice' }],
            },
            { origin: VLAB, prefix: '/o2g/https/o2g-vlab30.example.test:443', kind: 'o2g' },
          ],
        },
      });
    }
    return Promise.reject(
      new O2gError({ failure: 'unreachable', method, url, status: 0, detail: 'No answer in time' }),
    );
  });
}

function serverChoicesOnScreen(): string[] {
  const server = screen.getByRole('combobox', { name: 'O2G server' });
  const list = document.getElementById(server.getAttribute('list') ?? '');
  return [...(list?.querySelectorAll('option') ?? [])].map((option) => option.value);
}

describe('SignInPanel', () => {
  it("offers the proxy's --target servers after the embedded lab and before recent ones, each once", async () => {
    localStorage.setItem(
      'o2g-console.remembered-login',
      JSON.stringify({ server: LAB, recentServers: [`${VLAB}/api/rest`, 'https://old.example.test'] }),
    );
    const { client } = proxyWithLabAndTarget();
    render(
      <WithClient client={client}>
        <SignInPanel onSignedIn={vi.fn()} />
      </WithClient>,
    );
    await screen.findByRole('table', { name: 'Embedded lab accounts' });
    expect(serverChoicesOnScreen()).toEqual(['Embedded lab', VLAB, 'https://old.example.test']);
    localStorage.clear();
  });

  it('says the steps after a failed one were not reached, instead of leaving them waiting', async () => {
    const { client, request } = proxyWithLabAndTarget();
    const { user } = render(
      <WithClient client={client}>
        <SignInPanel onSignedIn={vi.fn()} />
      </WithClient>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Login' }), 'oxe2001');
    await user.type(screen.getByLabelText(/^password/i), '2001');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const ladder = await screen.findByLabelText('Sign-in handshake');
    expect(await within(ladder).findByRole('button', { name: '1. Discovery: failed' })).toBeInTheDocument();
    expect(
      within(ladder).getByRole('button', { name: '2. Authentication: not reached' }),
    ).toBeInTheDocument();
    expect(within(ladder).getByRole('button', { name: '3. Session: not reached' })).toBeInTheDocument();
    expect(within(ladder).queryByText(/waiting/i)).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Discovery: /);
    expect(request).toHaveBeenCalledWith('GET', '/o2g/https/127.0.0.1:8743/api/rest', expect.anything());
  });
});
