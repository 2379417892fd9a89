import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { placeCall, stageOf } from '../../../testing/lab-scenes';
import { listenToEvents, requestsOf, signInTo, startOwnLab, type OwnLab } from '../../../testing/own-lab';
import { CacheEventsOf, WithClient } from '../../../testing/test-providers';
import { telephonyEvents } from '../api/telephony-events';
import { TelephonyPanel } from './telephony-panel';

/**
 * An administrator's panel on a lab of the test's own; with `events`, the session's event channel is
 * live as in the console (tests that only read and send do without it).
 */
async function renderPanel({ events = false } = {}) {
  const route = '/telephony?loginName=oxe2001';
  const lab = await startOwnLab();
  const admin = await signInTo(lab, 'admin');
  if (events) await listenToEvents(admin);
  const { client, session } = admin;
  const view = render(
    <WithClient client={client}>
      <CacheEventsOf features={[telephonyEvents]} session={session} />
      <TelephonyPanel baseUrl={session.baseUrl} admin sessionLogin="admin" />
    </WithClient>,
    { route },
  );
  // Eleven reads (logins, users, states) on a busy machine: a ceiling, not a timing claim.
  await waitFor(() => expect(within(row('2002')).getByText('Free')).toBeInTheDocument(), { timeout: 15_000 });
  return { ...view, lab, admin };
}

/** Alice (2001) calls an extension from her desk, played backstage: the panel's client sends nothing. */
const aliceCalls = async (lab: OwnLab, callee: string) => placeCall(await stageOf(lab), '2001', callee);

const row = (number: string) => screen.getByRole('row', { name: `Extension ${number}` });

describe('TelephonyPanel', () => {
  it('shows each extension with its user and device state', async () => {
    await renderPanel();
    expect(within(row('2001')).getByText('Alice Martin')).toBeInTheDocument();
    expect(within(row('2001')).getByText('In service')).toBeInTheDocument();
    expect(within(row('2001')).getByText('no call')).toBeInTheDocument();
  });

  it('follows the O2G events on the grid and the calls, with no request of its own', async () => {
    const { lab, admin } = await renderPanel({ events: true });
    const requests = requestsOf(admin.client);

    await aliceCalls(lab, '2002');
    await waitFor(() =>
      expect(within(row('2002')).getByText(/ringing · Alice Martin \(2001\)/)).toBeInTheDocument(),
    );
    const card = screen.getByRole('group', { name: /^Call \S+ of 2002$/ });
    expect(within(card).getByLabelText('State: ringing')).toBeInTheDocument();

    await lab.control('POST', '/phones/2002/answer');
    await waitFor(() => expect(within(row('2002')).getByText('Busy')).toBeInTheDocument());
    await lab.control('POST', '/phones/2002/hangup');
    await waitFor(() => expect(within(row('2002')).getByText('no call')).toBeInTheDocument());
    expect(screen.queryByRole('group', { name: /of 2002$/ })).toBeNull();

    await lab.control('PUT', '/phones/2002/behaviour', { outOfService: true });
    await waitFor(() => expect(within(row('2002')).getByText('Out of service')).toBeInTheDocument());
    expect(requests).toEqual([]);
  });

  it('answers a ringing call as its extension, with the capability buttons the call allows', async () => {
    const { lab, admin, user } = await renderPanel({ events: true });
    const requests = requestsOf(admin.client);
    const callRef = await aliceCalls(lab, '2002');
    const card = await screen.findByRole('group', { name: `Call ${callRef} of 2002` });
    const buttons = within(card)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toContain('Answer');
    await user.click(within(card).getByRole('button', { name: 'Answer (2002)' }));
    await waitFor(() => expect(within(card).queryByLabelText('State: ringing')).not.toBeInTheDocument());
    expect(within(row('2002')).getByText('Busy')).toBeInTheDocument();
    expect(requests).toContain(
      `POST ${admin.session.baseUrl}/telephony/calls/${encodeURIComponent(callRef)}/answer`,
    );
  });

  it('calls from the extension picked in the URL, and tells a refusal in plain words', async () => {
    const { user, admin } = await renderPanel();
    const requests = requestsOf(admin.client);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Call from' })).toHaveValue('2001 Alice Martin'),
    );
    const number = screen.getByRole('textbox', { name: 'Number to call' });
    for (const key of ['2', '0', '0', '9'])
      await user.click(screen.getByRole('button', { name: `Dial ${key}` }));
    expect(number).toHaveValue('2009');
    expect(screen.getByText(/2009 is not in the lab's dial plan/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Invalid number2009 is not a number the PBX can call.',
    );
    expect(number).toHaveValue('2009');
    expect(requests).toEqual([`POST ${admin.session.baseUrl}/telephony/basicCall`]);
  });

  it('says "Calling 2002" until the call it placed is gone from the caller, then no longer', async () => {
    const { user, lab } = await renderPanel({ events: true });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Call from' })).toHaveValue('2001 Alice Martin'),
    );
    for (const key of ['2', '0', '0', '2'])
      await user.click(screen.getByRole('button', { name: `Dial ${key}` }));
    await user.click(screen.getByRole('button', { name: 'Call' }));
    // Placed: the message names the call the O2G's answer gave, and the O2G reports that call.
    const calling = await screen.findByText(/^Calling 2002 \(call \S+\)\.$/);
    const callRef = /\(call (\S+)\)/.exec(calling.textContent ?? '')?.[1] ?? '';
    await screen.findByRole('group', { name: `Call ${callRef} of 2001` });
    expect(calling).toBeInTheDocument();

    // The caller hangs up: the message of that attempt goes with the call.
    await lab.control('POST', '/phones/2001/hangup');
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: `Call ${callRef} of 2001` })).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/^Calling 2002/)).not.toBeInTheDocument();
  });

  it('builds a trunk loopback number and names where it goes', async () => {
    const { user } = await renderPanel();
    await screen.findByRole('group', { name: 'Trunk loopback builder' });
    await user.type(screen.getByRole('textbox', { name: 'XX' }), '12');
    await user.type(screen.getByRole('textbox', { name: 'YYY' }), '345');
    await user.click(screen.getByRole('combobox', { name: 'Extension to reach' }));
    await user.click(screen.getByRole('option', { name: '2002 Bruno Lefebvre' }));
    await user.click(screen.getByRole('button', { name: 'Use loopback number' }));
    expect(screen.getByRole('textbox', { name: 'Number to call' })).toHaveValue('91123452002');
    expect(
      screen.getByText(/Trunk loopback to 2002 \(Bruno Lefebvre\): it arrives as an external call/),
    ).toBeInTheDocument();
  });
});
