import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { O2gError } from '../../../o2g/errors';
import { render } from '../../../testing/render';
import { CacheEventsOf, WithClient } from '../../../testing/test-providers';
import { telephonyEvents } from '../api/telephony-events';
import { TelephonyPanel } from './telephony-panel';
import { BASE, labClient } from '../testing/telephony-test-kit';

function renderPanel(client: ReturnType<typeof labClient>['client'], route = '/telephony?loginName=oxe2001') {
  return render(
    <WithClient client={client}>
      <CacheEventsOf features={[telephonyEvents]} baseUrl={BASE} />
      <TelephonyPanel baseUrl={BASE} admin sessionLogin="admin" />
    </WithClient>,
    { route },
  );
}

const row = (number: string) => screen.getByRole('row', { name: `Extension ${number}` });

const ringing = {
  eventName: 'OnCallCreated',
  loginName: 'oxe2002',
  callRef: 'c0ffee0000000001',
  callData: { state: 'RINGING_INCOMING', capabilities: { redirect: true, terminate: true } },
  legs: [{ deviceId: '2002', state: 'RINGING_INCOMING', capabilities: { answer: true } }],
  participants: [
    {
      participantId: '2001',
      identity: { id: { phoneNumber: '2001' }, firstName: 'Alice', lastName: 'Martin' },
      state: 'RINGING_OUTGOING',
    },
  ],
};

describe('TelephonyPanel', () => {
  it('shows each extension with its user and device state', async () => {
    const { client } = labClient();
    renderPanel(client);
    await waitFor(() => expect(within(row('2002')).getByText('Free')).toBeInTheDocument());
    expect(within(row('2001')).getByText('Alice Martin')).toBeInTheDocument();
    expect(within(row('2001')).getByText('In service')).toBeInTheDocument();
    expect(within(row('2001')).getByText('no call')).toBeInTheDocument();
  });

  it('updates the grid and the calls from O2G events, with no request', async () => {
    const { client, request } = labClient();
    renderPanel(client);
    await waitFor(() => expect(within(row('2002')).getByText('Free')).toBeInTheDocument());
    const before = request.mock.calls.length;

    act(() => client.events.emit(ringing));
    await waitFor(() =>
      expect(within(row('2002')).getByText(/ringing · Alice Martin \(2001\)/)).toBeInTheDocument(),
    );
    const card = screen.getByRole('group', { name: 'Call c0ffee0000000001 of 2002' });
    expect(within(card).getByLabelText('State: ringing')).toBeInTheDocument();

    act(() => client.events.emit({ eventName: 'OnUserStateModified', loginName: 'oxe2002', state: 'BUSY' }));
    await waitFor(() => expect(within(row('2002')).getByText('Busy')).toBeInTheDocument());
    act(() =>
      client.events.emit({
        eventName: 'OnDeviceStateModified',
        loginName: 'oxe2002',
        deviceStates: [{ deviceId: '2002', state: 'OUT_OF_SERVICE' }],
      }),
    );
    await waitFor(() => expect(within(row('2002')).getByText('Out of service')).toBeInTheDocument());

    act(() =>
      client.events.emit({ eventName: 'OnCallRemoved', loginName: 'oxe2002', callRef: ringing.callRef }),
    );
    await waitFor(() => expect(within(row('2002')).getByText('no call')).toBeInTheDocument());
    expect(screen.queryByRole('group', { name: /^Call c0ffee/ })).toBeNull();
    // Events of other packages and malformed ones are ignored.
    act(() => client.events.emit({ eventName: 'OnEventSummaryUpdated', loginName: 'oxe2002' }));
    act(() => client.events.emit({ eventName: 'OnCallCreated', loginName: 'oxe2002' }));
    expect(request.mock.calls.length).toBe(before);
  });

  it('answers a ringing call as its extension, with the capability buttons the call allows', async () => {
    const { client, request } = labClient();
    const { user } = renderPanel(client);
    await waitFor(() => expect(within(row('2002')).getByText('Free')).toBeInTheDocument());
    act(() => client.events.emit(ringing));
    const card = await screen.findByRole('group', { name: 'Call c0ffee0000000001 of 2002' });
    const buttons = within(card)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toEqual(['Answer', 'Hang up']);
    await user.click(within(card).getByRole('button', { name: 'Answer (2002)' }));
    expect(request).toHaveBeenCalledWith(
      'POST',
      `${BASE}/telephony/calls/c0ffee0000000001/answer`,
      undefined,
      { json: { deviceId: '2002' } },
    );
  });

  it('calls from the extension picked in the URL, and tells a refusal in plain words', async () => {
    const refusal = new O2gError({
      failure: 'bad-request',
      method: 'POST',
      url: `${BASE}/telephony/basicCall`,
      status: 400,
      body: {
        httpStatus: 'BAD_REQUEST',
        code: 400,
        canRetry: false,
        helpMessage: '2009 is not a valid destination',
        telephony: { errorType: 'BAD_PARAMETER_VALUE', errorCause: 'INVALID_DESTINATION' },
      },
    });
    const { client, request } = labClient((method, url) =>
      method === 'POST' && url.endsWith('/basicCall') ? Promise.reject(refusal) : undefined,
    );
    const { user } = renderPanel(client);
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
    expect(request).toHaveBeenCalledWith('POST', `${BASE}/telephony/basicCall`, undefined, {
      json: { deviceId: '2001', callee: '2009', autoAnswer: true },
    });
  });

  it('says "Calling 2002" until the call it placed is gone from the caller, then no longer', async () => {
    const { client } = labClient();
    const { user } = renderPanel(client);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Call from' })).toHaveValue('2001 Alice Martin'),
    );
    for (const key of ['2', '0', '0', '2'])
      await user.click(screen.getByRole('button', { name: `Dial ${key}` }));
    await user.click(screen.getByRole('button', { name: 'Call' }));
    // Placed, not yet reported by the O2G: the message says what is under way.
    expect(await screen.findByText('Calling 2002.')).toBeInTheDocument();

    const outgoing = {
      eventName: 'OnCallCreated',
      loginName: 'oxe2001',
      callRef: 'c0ffee0000000002',
      callData: { state: 'RINGING_OUTGOING', capabilities: { terminate: true } },
      legs: [{ deviceId: '2001', state: 'RINGING_OUTGOING', capabilities: { drop: true } }],
      participants: [
        { participantId: '2002', identity: { id: { phoneNumber: '2002' } }, state: 'RINGING_INCOMING' },
      ],
    };
    act(() => client.events.emit(outgoing));
    await screen.findByRole('group', { name: 'Call c0ffee0000000002 of 2001' });
    expect(screen.getByText('Calling 2002.')).toBeInTheDocument();

    // The call ends (or is transferred away): the message of that attempt goes with it.
    act(() =>
      client.events.emit({ eventName: 'OnCallRemoved', loginName: 'oxe2001', callRef: outgoing.callRef }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Call c0ffee0000000002 of 2001' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('Calling 2002.')).not.toBeInTheDocument();
  });

  it('builds a trunk loopback number and names where it goes', async () => {
    const { client } = labClient();
    const { user } = renderPanel(client);
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
