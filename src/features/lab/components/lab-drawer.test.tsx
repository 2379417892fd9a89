import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createO2gHttp } from '../../../o2g/http';
import { createLabControls } from '../../../o2g/lab-controls';
import { placeCall, stageOf } from '../../../testing/lab-scenes';
import { listenToEvents, signInTo, startOwnLab, type OwnLab } from '../../../testing/own-lab';
import { render } from '../../../testing/render';
import { LabButton } from './lab-button';

/** The lab's state as its controls report it: whether a phone is busy. */
async function busyOf(lab: OwnLab, number: string): Promise<boolean> {
  const state = (await lab.control('GET', '/state')) as {
    users: { phone?: { number: string; busy: boolean } }[];
  };
  return state.users.some((user) => user.phone?.number === number && user.phone.busy);
}

/** The drawer on a lab of the test's own, its controls reached directly rather than through a proxy. */
async function openDrawer() {
  const lab = await startOwnLab();
  const controls = createLabControls(createO2gHttp(), lab.controlsUrl);
  const rendered = render(<LabButton controls={controls} />);
  await rendered.user.click(screen.getByRole('button', { name: 'Lab' }));
  const drawer = await screen.findByRole('dialog', { name: 'Lab controls' });
  await within(drawer).findByRole('region', { name: 'Phones' });
  return { ...rendered, lab, drawer };
}

describe('LabDrawer', () => {
  it('answers as the chosen extension and says so in plain words', async () => {
    const { user, drawer, lab } = await openDrawer();
    await placeCall(await stageOf(lab), '2001', '2002');
    await user.click(within(drawer).getByRole('combobox', { name: 'Extension' }));
    await user.click(within(drawer).getByRole('option', { name: '2002 Bruno Lefebvre' }));
    await user.click(within(drawer).getByRole('button', { name: 'Answer as 2002' }));
    await waitFor(() =>
      expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
        '2002 answered the call.',
      ),
    );
    // Answered for real: a second answer finds nothing ringing there.
    await user.click(within(drawer).getByRole('button', { name: 'Answer as 2002' }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('No call is ringing on device 2002');
  });

  it('shows the lab\u2019s refusal as an alert, and the next result replaces it', async () => {
    const { user, drawer, lab } = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Answer as 2001' }));
    const alert = await within(drawer).findByRole('alert');
    expect(alert).toHaveTextContent('Request refused');
    expect(alert).toHaveTextContent('No call is ringing on device 2001');
    // Alice's console has its event channel open: the drop cuts it.
    await listenToEvents(await signInTo(lab, 'oxe2001'));
    await user.click(within(drawer).getByRole('button', { name: 'Drop the event channel' }));
    await waitFor(() =>
      expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
        '1 event channel was cut; the console reconnects by itself.',
      ),
    );
    expect(within(drawer).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('makes a phone busy and shows the switch on once the lab says so', async () => {
    const { user, drawer, lab } = await openDrawer();
    const busy = within(drawer).getByRole('switch', { name: 'Busy' });
    expect(busy).not.toBeChecked();
    await user.click(busy);
    await waitFor(() => expect(within(drawer).getByRole('switch', { name: 'Busy' })).toBeChecked());
    expect(await busyOf(lab, '2001')).toBe(true);
    expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
      '2001 is busy: calls to it are refused.',
    );
  });

  it('asks before a reset, resets once confirmed, and closes with Escape', async () => {
    const { user, drawer, lab } = await openDrawer();
    await lab.control('PUT', '/phones/2003/behaviour', { busy: true });
    await user.click(within(drawer).getByRole('button', { name: 'Reset the lab' }));
    await user.click(within(drawer).getByRole('button', { name: 'Keep the lab as it is' }));
    expect(await busyOf(lab, '2003')).toBe(true);
    await user.click(within(drawer).getByRole('button', { name: 'Reset the lab' }));
    await user.click(within(drawer).getByRole('button', { name: 'Reset now' }));
    await waitFor(() =>
      expect(within(drawer).getByRole('status', { name: 'Lab action' })).toHaveTextContent(
        'The lab is back to its lab file. Sign in again to go on.',
      ),
    );
    expect(await busyOf(lab, '2003')).toBe(false);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Lab controls' })).not.toBeInTheDocument(),
    );
  });
});
