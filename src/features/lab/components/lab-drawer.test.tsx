import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { errorFromAnswer } from '../../../o2g/errors';
import type { O2gHttp } from '../../../o2g/http';
import { createLabControls } from '../../../o2g/lab-controls';
import { render } from '../../../testing/render';
import { LabButton } from './lab-button';

const NAMES = ['Alice Martin', 'Bruno Lefebvre', 'Chloé Dubois', 'David Moreau', 'Emma Laurent'];

/**
 * Answers like the lab's controls behind the proxy: five phones, 2002 busy once made busy, and no call
 * ringing anywhere (answering fails in the lab's own error body) until `ringing` is set.
 */
function labHttp() {
  const busy = new Set<string>();
  const lab = { ringing: undefined as string | undefined };
  const request = vi.fn(async (method: string, url: string, _schema?: unknown, init?: { json?: unknown }) => {
    await Promise.resolve();
    const data = (value: unknown) => ({ status: 200, headers: new Headers(), data: value });
    if (url === '/o2g/__lab/state')
      return data({
        nowMs: Date.UTC(2026, 0, 5, 9, 0, 0),
        timing: { ringTimeoutSeconds: 20, sessionExpirySeconds: 1860 },
        users: NAMES.map((name, index) => {
          const number = `200${index + 1}`;
          const phone = {
            number,
            name,
            busy: busy.has(number),
            outOfService: false,
            autoAnswerAfterSeconds: null,
          };
          return { loginName: `oxe${number}`, phone };
        }),
      });
    const answer = /^\/o2g\/__lab\/phones\/(\d+)\/answer$/.exec(url);
    if (method === 'POST' && answer) {
      if (lab.ringing === answer[1]) return data({ number: answer[1], userState: 'BUSY' });
      const helpMessage = `No call is ringing on device ${answer[1]}`;
      throw errorFromAnswer(method, url, 400, { httpStatus: 'BAD_REQUEST', code: 400, helpMessage }, false);
    }
    const behaviour = /^\/o2g\/__lab\/phones\/(\d+)\/behaviour$/.exec(url);
    if (method === 'PUT' && behaviour?.[1]) {
      if ((init?.json as { busy?: boolean }).busy) busy.add(behaviour[1]);
      return data({
        number: behaviour[1],
        busy: busy.has(behaviour[1]),
        outOfService: false,
        autoAnswerAfterSeconds: null,
      });
    }
    if (method === 'POST' && url === '/o2g/__lab/events/drop') return data({ dropped: 2 });
    if (method === 'POST' && url === '/o2g/__lab/reset') return data({});
    throw new Error(`the lab has no ${method} ${url}`);
  });
  return { controls: createLabControls({ request } as unknown as O2gHttp), request, lab };
}

async function openDrawer() {
  const lab = labHttp();
  const rendered = render(<LabButton controls={lab.controls} />);
  await rendered.user.click(screen.getByRole('button', { name: 'Lab' }));
  const drawer = await screen.findByRole('dialog', { name: 'Lab controls' });
  await within(drawer).findByRole('region', { name: 'Phones' });
  return { ...rendered, ...lab, drawer };
}

describe('LabDrawer', () => {
  it('answers as the chosen extension and says so in plain words', async () => {
    const { user, drawer, request, lab } = await openDrawer();
    await user.click(within(drawer).getByRole('combobox', { name: 'Extension' }));
    await user.click(within(drawer).getByRole('option', { name: '2002 Bruno Lefebvre' }));
    lab.ringing = '2002';
    await user.click(within(drawer).getByRole('button', { name: 'Answer as 2002' }));
    await waitFor(() =>
      expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
        '2002 answered the call.',
      ),
    );
    expect(request).toHaveBeenCalledWith('POST', '/o2g/__lab/phones/2002/answer', expect.anything());
  });

  it('shows the lab\u2019s refusal as an alert, and the next result replaces it', async () => {
    const { user, drawer } = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Answer as 2001' }));
    const alert = await within(drawer).findByRole('alert');
    expect(alert).toHaveTextContent('Request refused');
    expect(alert).toHaveTextContent('No call is ringing on device 2001');
    await user.click(within(drawer).getByRole('button', { name: 'Drop the event channel' }));
    await waitFor(() =>
      expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
        '2 event channels were cut; the console reconnects by itself.',
      ),
    );
    expect(within(drawer).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('makes a phone busy and shows the switch on once the lab says so', async () => {
    const { user, drawer, request } = await openDrawer();
    const busy = within(drawer).getByRole('switch', { name: 'Busy' });
    expect(busy).not.toBeChecked();
    await user.click(busy);
    await waitFor(() => expect(within(drawer).getByRole('switch', { name: 'Busy' })).toBeChecked());
    expect(request).toHaveBeenCalledWith('PUT', '/o2g/__lab/phones/2001/behaviour', expect.anything(), {
      json: { busy: true },
    });
    expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
      '2001 is busy: calls to it are refused.',
    );
  });

  it('asks before a reset, resets once confirmed, and closes with Escape', async () => {
    const { user, drawer, request } = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Reset the lab' }));
    await user.click(within(drawer).getByRole('button', { name: 'Keep the lab as it is' }));
    expect(request.mock.calls.map(([, url]) => url)).not.toContain('/o2g/__lab/reset');
    await user.click(within(drawer).getByRole('button', { name: 'Reset the lab' }));
    await user.click(within(drawer).getByRole('button', { name: 'Reset now' }));
    await waitFor(() =>
      expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
        'The lab is back to its lab file. Sign in again to go on.',
      ),
    );
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Lab controls' })).not.toBeInTheDocument(),
    );
  });
});
