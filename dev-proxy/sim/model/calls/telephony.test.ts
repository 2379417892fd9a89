import { beforeEach, describe, expect, it } from 'vitest';
import { loadLab } from '../../labs/load-lab';
import { ManualClock } from '../clock';
import { Directory } from '../directory';
import type { DomainEvent, DomainEventOf } from '../domain-events';
import { SimError } from '../sim-error';
import { answerPhone, hangUpPhone, incomingCall, setPhoneBehaviour } from './phone-controls';
import { Telephony } from './telephony';
import { parkCall } from './telephony-services';

let clock: ManualClock;
let telephony: Telephony;

beforeEach(() => {
  clock = new ManualClock();
  const lab = loadLab();
  telephony = new Telephony(lab, new Directory(lab), clock);
});

const ofType = <K extends DomainEvent['type']>(events: DomainEvent[], type: K) =>
  events.filter((event): event is DomainEventOf<K> => event.type === type);
const statesOf = (loginName: string) =>
  telephony.calls(loginName).map((call) => call.parties.find((p) => p.loginName === loginName)?.state);

function refusal(command: () => unknown) {
  try {
    command();
  } catch (error) {
    expect(error).toBeInstanceOf(SimError);
    return (error as SimError).toBody();
  }
  throw new Error('the command was not refused');
}

describe('a call between two extensions', () => {
  it('rings, connects on answer, and ends through RELEASING with an end-of-call record', () => {
    const made = telephony.makeCall('oxe2001', '2001', '2002');
    const { callRef } = made.result;
    expect(callRef).toMatch(/^[0-9a-f]{16}$/);
    expect(statesOf('oxe2001')).toEqual(['RINGING_OUTGOING']);
    expect(statesOf('oxe2002')).toEqual(['RINGING_INCOMING']);
    expect(ofType(made.events, 'userStateChanged')).toEqual([
      { type: 'userStateChanged', at: clock.now(), loginName: 'oxe2001', state: 'BUSY' },
    ]);

    clock.advanceSeconds(3);
    const answered = telephony.answer('oxe2002', callRef);
    expect(statesOf('oxe2001')).toEqual(['ACTIVE']);
    expect(answered.events.map((e) => e.type)).toEqual(['callChanged', 'userStateChanged']);

    clock.advanceSeconds(10);
    const released = telephony.release('oxe2001', callRef);
    const changes = ofType(released.events, 'callChanged');
    expect(changes).toHaveLength(2);
    expect(changes[0]?.after?.parties.map((p) => [p.loginName, p.state])).toEqual([['oxe2002', 'RELEASING']]);
    expect(changes[1]?.after).toBeUndefined();
    const [ended] = ofType(released.events, 'callEnded');
    expect(ended).toMatchObject({
      callRef,
      answered: true,
      startedAt: clock.now() - 13_000,
      answeredAt: clock.now() - 10_000,
      endedAt: clock.now(),
    });
    expect(ended?.participants.map((p) => [p.role, p.loginName, p.answered, p.reason])).toEqual([
      ['CALLER', 'oxe2001', true, 'NORMAL'],
      ['CALLEE', 'oxe2002', true, 'NORMAL'],
    ]);
    expect(telephony.calls('oxe2002')).toEqual([]);
    expect(
      ofType(released.events, 'userStateChanged')
        .map((e) => e.loginName)
        .sort(),
    ).toEqual(['oxe2001', 'oxe2002']);
  });

  it('holds and retrieves, and refuses a second retrieve', () => {
    const { callRef } = telephony.makeCall('oxe2001', '2001', '2002').result;
    telephony.answer('oxe2002', callRef);
    telephony.hold('oxe2001', callRef);
    expect(statesOf('oxe2001')).toEqual(['HELD']);
    telephony.retrieve('oxe2001', callRef);
    expect(statesOf('oxe2001')).toEqual(['ACTIVE']);
    expect(refusal(() => telephony.retrieve('oxe2001', callRef)).telephony?.errorType).toBe(
      'INCOMPATIBLE_WITH_STATE',
    );
  });

  it('an abandoned call leaves the callee an unanswered record entry', () => {
    const { callRef } = telephony.makeCall('oxe2001', '2001', '2003').result;
    const { events } = telephony.release('oxe2001', callRef);
    const [ended] = ofType(events, 'callEnded');
    expect(ended?.answered).toBe(false);
    expect(ended?.participants.map((p) => [p.loginName, p.answered, p.reason])).toEqual([
      ['oxe2001', false, 'ABANDONED'],
      ['oxe2003', false, 'NORMAL'],
    ]);
    expect(ofType(events, 'callChanged')[0]).toMatchObject({ cause: 'ABANDONED' });
  });

  it('autoAnswer false rings the caller first, then dials the callee', () => {
    const { callRef } = telephony.makeCall('oxe2001', '2001', '2002', { autoAnswer: false }).result;
    expect(statesOf('oxe2001')).toEqual(['RINGING_INCOMING']);
    expect(telephony.calls('oxe2002')).toEqual([]);
    telephony.answer('oxe2001', callRef);
    expect(statesOf('oxe2001')).toEqual(['RINGING_OUTGOING']);
    expect(statesOf('oxe2002')).toEqual(['RINGING_INCOMING']);
  });
});

describe('the dial plan', () => {
  it('connects 1999 to the voicemail server at once', () => {
    const { result } = telephony.makeCall('oxe2001', '2001', '1999');
    const call = telephony.call('oxe2001', result.callRef);
    expect(call.parties.map((p) => [p.kind, p.state])).toEqual([
      ['user', 'ACTIVE'],
      ['voicemail', 'ACTIVE'],
    ]);
    expect(call.initialCalled.type).toEqual({ main: 'SERVICE', subType: 'voicemail' });
  });

  it('loops 91 XX YYY 2003 through the trunk: both sides see an external number', () => {
    const { result } = telephony.makeCall('oxe2001', '2001', '91123452003');
    const call = telephony.call('oxe2003', result.callRef);
    const [caller, callee] = call.parties;
    expect(caller?.identity).toEqual({
      id: { phoneNumber: '91123452001' },
      type: { main: 'EXTERNAL', subType: 'public' },
    });
    expect(caller?.participantId).toBe('91123452001');
    expect(callee).toMatchObject({
      loginName: 'oxe2003',
      participantId: '91123452003',
      state: 'RINGING_INCOMING',
    });
    expect(callee?.identity.type?.main).toBe('EXTERNAL');
  });

  it.each([
    ['an unknown extension', '2999', 400, 'BAD_PARAMETER_VALUE', 'INVALID_DESTINATION'],
    ['a loopback to no extension', '91123459999', 400, 'BAD_PARAMETER_VALUE', 'INVALID_DESTINATION'],
    ['a loopback too short', '9112345', 400, 'BAD_PARAMETER_VALUE', 'INVALID_DESTINATION'],
    ['oneself', '2001', 503, 'SERVICE_UNAVAILABLE', 'RESOURCE_BUSY'],
  ])('refuses %s and changes nothing', (_what, number, code, errorType, errorCause) => {
    const body = refusal(() => telephony.makeCall('oxe2001', '2001', number));
    expect(body.code).toBe(code);
    expect(body.telephony).toMatchObject({ errorType, errorCause });
    expect(telephony.calls('oxe2001')).toEqual([]);
  });

  it('fails a call to a busy or out-of-service extension: the caller sees it end with the cause', () => {
    setPhoneBehaviour(telephony, '2004', { busy: true });
    const busy = telephony.makeCall('oxe2001', '2001', '2004');
    const [created, failed] = ofType(busy.events, 'callChanged');
    expect(created?.after?.parties.map((p) => [p.loginName, p.state])).toEqual([['oxe2001', 'DIALING']]);
    expect([failed?.cause, failed?.after]).toEqual(['BUSY', undefined]);
    expect(
      ofType(busy.events, 'callEnded')[0]?.participants.map((p) => [p.loginName, p.answered, p.reason]),
    ).toEqual([
      ['oxe2001', false, 'NORMAL'],
      ['oxe2004', false, 'BUSY'],
    ]);
    const out = setPhoneBehaviour(telephony, '2005', { outOfService: true });
    expect(out.events).toEqual([
      {
        type: 'deviceStateChanged',
        at: clock.now(),
        loginName: 'oxe2005',
        deviceId: '2005',
        state: 'OUT_OF_SERVICE',
      },
    ]);
    const unreachable = telephony.makeCall('oxe2001', '2001', '2005');
    expect(ofType(unreachable.events, 'callChanged')[1]?.cause).toBe('DESTINATION_NOT_OBTAINABLE');
    expect(telephony.calls('oxe2001')).toEqual([]);
  });

  it('fails a call to an extension already in a call with BUSY', () => {
    telephony.makeCall('oxe2001', '2001', '2002');
    const { events } = telephony.makeCall('oxe2003', '2003', '2002');
    expect(ofType(events, 'callChanged').map((e) => e.cause)).toEqual([undefined, 'BUSY']);
    expect(telephony.calls('oxe2003')).toEqual([]);
  });
});

describe('time and the simulated phones', () => {
  it('rings the parker back when a parked call is not taken within the park timeout', () => {
    const { callRef } = telephony.makeCall('oxe2001', '2001', '2002').result;
    telephony.answer('oxe2002', callRef);
    parkCall(telephony, 'oxe2001', callRef);
    expect(statesOf('oxe2002')).toEqual(['HELD']);
    clock.advanceSeconds(59);
    expect(telephony.tick(clock.now())).toEqual([]);
    clock.advanceSeconds(1);
    const recalled = telephony.tick(clock.now());
    expect(ofType(recalled, 'callChanged')).toEqual([expect.objectContaining({ callRef, cause: 'RECALL' })]);
    expect(statesOf('oxe2001')).toEqual(['RINGING_INCOMING']);
    expect(statesOf('oxe2002')).toEqual(['RINGING_OUTGOING']);
    telephony.answer('oxe2001', callRef);
    expect([statesOf('oxe2001'), statesOf('oxe2002')]).toEqual([['ACTIVE'], ['ACTIVE']]);
  });

  it('sends an unanswered call to voicemail after the ring timeout, and a 2 s message is deposited', () => {
    const { callRef } = telephony.makeCall('oxe2003', '2003', '2001').result;
    clock.advanceSeconds(19);
    expect(telephony.tick(clock.now())).toEqual([]);
    clock.advanceSeconds(1);
    const diverted = telephony.tick(clock.now());
    expect(ofType(diverted, 'callChanged')[0]).toMatchObject({ cause: 'FORWARDED', newDestination: '1999' });
    expect(telephony.calls('oxe2001')).toEqual([]);
    expect(statesOf('oxe2003')).toEqual(['ACTIVE']);

    clock.advanceSeconds(2);
    const { events } = telephony.release('oxe2003', callRef);
    expect(ofType(events, 'voicemailDeposited')).toEqual([
      {
        type: 'voicemailDeposited',
        at: clock.now(),
        mailboxLoginName: 'oxe2001',
        callerNumber: '2003',
        callerName: 'Chloé Dubois',
        external: false,
        durationSeconds: 2,
      },
    ]);
    const [ended] = ofType(events, 'callEnded');
    expect(ended?.participants.find((p) => p.loginName === 'oxe2001')).toMatchObject({
      answered: false,
      reason: 'VOICEMAIL',
    });
  });

  it('deposits nothing when the caller hangs up within 2 s', () => {
    const { callRef } = telephony.makeCall('oxe2003', '2003', '2002').result;
    clock.advanceSeconds(20);
    telephony.tick(clock.now());
    clock.advance(1500);
    expect(ofType(telephony.release('oxe2003', callRef).events, 'voicemailDeposited')).toEqual([]);
  });

  it('lets an extension without a mailbox ring on', () => {
    telephony.makeCall('oxe2001', '2001', '2004');
    clock.advanceSeconds(120);
    expect(telephony.tick(clock.now())).toEqual([]);
    expect(statesOf('oxe2004')).toEqual(['RINGING_INCOMING']);
  });

  it('auto-answers after the phone behaviour delay', () => {
    setPhoneBehaviour(telephony, '2002', { autoAnswerAfterSeconds: 3 });
    telephony.makeCall('oxe2001', '2001', '2002');
    clock.advanceSeconds(3);
    telephony.tick(clock.now());
    expect(statesOf('oxe2002')).toEqual(['ACTIVE']);
  });

  it('brings an external call in, answers and hangs it up through the lab controls', () => {
    const { result } = incomingCall(telephony, '0388001122', '2003');
    const call = telephony.call('oxe2003', result.callRef);
    expect(call.parties[0]).toMatchObject({
      kind: 'external',
      participantId: '0388001122',
      state: 'RINGING_OUTGOING',
    });
    answerPhone(telephony, '2003');
    expect(statesOf('oxe2003')).toEqual(['ACTIVE']);
    const hung = hangUpPhone(telephony, '0388001122');
    expect(ofType(hung.events, 'callEnded')).toHaveLength(1);
    expect(telephony.calls('oxe2003')).toEqual([]);
  });

  it('an external caller diverted to voicemail leaves an external message', () => {
    incomingCall(telephony, '0388001122', '2002');
    clock.advanceSeconds(20);
    telephony.tick(clock.now());
    clock.advanceSeconds(5);
    const { events } = hangUpPhone(telephony, '0388001122');
    expect(ofType(events, 'voicemailDeposited')[0]).toMatchObject({
      mailboxLoginName: 'oxe2002',
      callerNumber: '0388001122',
      external: true,
      durationSeconds: 5,
    });
  });
});

describe('moving calls', () => {
  it('transfers an active call to a held one: the held party continues with the new callee', () => {
    const first = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    telephony.answer('oxe2002', first);
    const second = telephony.makeCall('oxe2001', '2001', '2003').result.callRef;
    expect(statesOf('oxe2001')).toEqual(['HELD', 'RINGING_OUTGOING']);
    telephony.answer('oxe2003', second);
    const { events } = telephony.transfer('oxe2001', second, first);
    expect(telephony.calls('oxe2001')).toEqual([]);
    const joined = telephony.call('oxe2002', second);
    expect(joined.parties.map((p) => [p.loginName, p.state])).toEqual([
      ['oxe2003', 'ACTIVE'],
      ['oxe2002', 'ACTIVE'],
    ]);
    const changes = ofType(events, 'callChanged');
    expect(changes[0]).toMatchObject({
      callRef: first,
      replacedByCallRef: second,
      continuingLogins: ['oxe2002'],
    });
    expect(changes[1]?.previous?.callRef).toBe(first);
  });

  it('blind-transfers: the other party now rings the new destination', () => {
    const callRef = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    telephony.answer('oxe2002', callRef);
    telephony.blindTransfer('oxe2001', callRef, '2004');
    expect(telephony.calls('oxe2001')).toEqual([]);
    expect(statesOf('oxe2002')).toEqual(['RINGING_OUTGOING']);
    expect(statesOf('oxe2004')).toEqual(['RINGING_INCOMING']);
  });

  it('redirects a ringing call, and refuses to redirect an answered one', () => {
    const callRef = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    telephony.redirect('oxe2002', callRef, '2005');
    expect(telephony.calls('oxe2002')).toEqual([]);
    expect(statesOf('oxe2005')).toEqual(['RINGING_INCOMING']);
    telephony.answer('oxe2005', callRef);
    expect(refusal(() => telephony.redirect('oxe2005', callRef, '2004')).telephony?.errorType).toBe(
      'INCOMPATIBLE_WITH_STATE',
    );
  });

  it('redirects a ringing call to the own mailbox with VOICEMAIL', () => {
    const callRef = telephony.makeCall('oxe2003', '2003', '2002').result.callRef;
    telephony.redirect('oxe2002', callRef, 'VOICEMAIL');
    expect(telephony.call('oxe2003', callRef).parties.map((p) => p.kind)).toEqual(['user', 'voicemail']);
  });

  it('answers unknown call references with CALL_REFERENCE_NOT_FOUND, even for a call of others', () => {
    const callRef = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    const body = refusal(() => telephony.hold('oxe2003', callRef));
    expect([body.code, body.telephony?.errorType, body.telephony?.errorCause]).toEqual([
      404,
      'CALL_REFERENCE_NOT_FOUND',
      'INVALID_CALL_ID',
    ]);
  });
});
