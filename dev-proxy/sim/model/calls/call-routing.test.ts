import { beforeEach, describe, expect, it } from 'vitest';
import { loadLab } from '../../labs/load-lab';
import { ManualClock } from '../clock';
import type { DomainEvent, DomainEventOf } from '../domain-events';
import { World } from '../world';
import { setPhoneBehaviour } from './phone-controls';

// The callee's routing steers calls in the model: forwards, overflow, DND, busy and hunting groups.
let clock: ManualClock;
let world: World;

beforeEach(() => {
  clock = new ManualClock();
  world = new World(loadLab(), clock);
});

const user = (loginName: string) => {
  const found = world.directory.user(loginName);
  if (!found) throw new Error(loginName);
  return found;
};
const routing = () => world.userServices.routing;
const changes = (events: DomainEvent[]) =>
  events.filter((e): e is DomainEventOf<'callChanged'> => e.type === 'callChanged');
const ended = (events: DomainEvent[]) =>
  events.filter((e): e is DomainEventOf<'callEnded'> => e.type === 'callEnded');
const whoIsIn = (callRef: string, loginName: string) =>
  world.telephony.call(loginName, callRef).parties.map((p) => [p.participantId, p.state]);

describe('forward', () => {
  it('immediate to a number: the target rings at once, the forwarder never does', () => {
    routing().setForward(user('oxe2002'), 'IMMEDIATE', { type: 'NUMBER', number: '2003' });
    const { result, events } = world.telephony.makeCall('oxe2001', '2001', '2002');
    const [created] = changes(events);
    expect(created?.cause).toBe('FORWARDED');
    expect(whoIsIn(result.callRef, 'oxe2001')).toEqual([
      ['2001', 'RINGING_OUTGOING'],
      ['2003', 'RINGING_INCOMING'],
    ]);
    expect(world.telephony.calls('oxe2002')).toEqual([]);
    const call = world.telephony.call('oxe2003', result.callRef);
    expect(call.initialCalled.id.phoneNumber).toBe('2002');
    expect(call.lastRedirecting?.id.loginName).toBe('oxe2002');
  });

  it('on busy to voicemail: a busy forwarder sends the caller to its mailbox', () => {
    routing().setForward(user('oxe2002'), 'BUSY', { type: 'VOICEMAIL' });
    setPhoneBehaviour(world.telephony, '2002', { busy: true });
    const { result } = world.telephony.makeCall('oxe2003', '2003', '2002');
    expect(whoIsIn(result.callRef, 'oxe2003')).toEqual([
      ['2003', 'ACTIVE'],
      ['1999', 'ACTIVE'],
    ]);
    clock.advanceSeconds(5);
    const { events } = world.telephony.release('oxe2003', result.callRef);
    expect(events.find((e) => e.type === 'voicemailDeposited')).toMatchObject({
      mailboxLoginName: 'oxe2002',
    });
    expect(ended(events)[0]?.participants.map((p) => [p.loginName, p.reason])).toContainEqual([
      'oxe2002',
      'VOICEMAIL',
    ]);
  });

  it('on no answer: after the ring timeout the ringing user is left with FORWARDED and the target rings', () => {
    routing().setForward(user('oxe2003'), 'NO_ANSWER', { type: 'NUMBER', number: '2004' });
    const { result } = world.telephony.makeCall('oxe2001', '2001', '2003');
    clock.advanceSeconds(19);
    expect(world.telephony.tick(clock.now())).toEqual([]);
    clock.advanceSeconds(1);
    const [forwarded] = changes(world.telephony.tick(clock.now()));
    expect(forwarded).toMatchObject({ cause: 'FORWARDED', newDestination: '2004' });
    expect(world.telephony.calls('oxe2003')).toEqual([]);
    expect(whoIsIn(result.callRef, 'oxe2004')).toEqual([
      ['2001', 'RINGING_OUTGOING'],
      ['2004', 'RINGING_INCOMING'],
    ]);
  });

  it('on busy or no answer applies both ways', () => {
    routing().setForward(user('oxe2004'), 'BUSY_NO_ANSWER', { type: 'NUMBER', number: '2005' });
    setPhoneBehaviour(world.telephony, '2004', { busy: true });
    const busy = world.telephony.makeCall('oxe2001', '2001', '2004').result.callRef;
    expect(whoIsIn(busy, 'oxe2005').at(-1)).toEqual(['2005', 'RINGING_INCOMING']);
    world.telephony.release('oxe2001', busy);
    setPhoneBehaviour(world.telephony, '2004', { busy: false });
    const ringing = world.telephony.makeCall('oxe2001', '2001', '2004').result.callRef;
    clock.advanceSeconds(20);
    world.telephony.tick(clock.now());
    expect(whoIsIn(ringing, 'oxe2005').at(-1)).toEqual(['2005', 'RINGING_INCOMING']);
  });

  it('ignores a forward back to the caller', () => {
    routing().setForward(user('oxe2002'), 'IMMEDIATE', { type: 'NUMBER', number: '2001' });
    const { result } = world.telephony.makeCall('oxe2001', '2001', '2002');
    expect(whoIsIn(result.callRef, 'oxe2002').at(-1)).toEqual(['2002', 'RINGING_INCOMING']);
  });
});

describe('overflow, DND and busy', () => {
  it('overflow on busy sends the call to the mailbox with OVERFLOWN', () => {
    routing().setOverflow(user('oxe2001'), 'BUSY');
    setPhoneBehaviour(world.telephony, '2001', { busy: true });
    const { events } = world.telephony.makeCall('oxe2003', '2003', '2001');
    expect(changes(events)[0]?.cause).toBe('OVERFLOWN');
  });

  it('overflow on busy only: an unanswered call keeps ringing past the timeout', () => {
    routing().setOverflow(user('oxe2001'), 'BUSY');
    const { result } = world.telephony.makeCall('oxe2003', '2003', '2001');
    clock.advanceSeconds(60);
    world.telephony.tick(clock.now());
    expect(whoIsIn(result.callRef, 'oxe2001').at(-1)).toEqual(['2001', 'RINGING_INCOMING']);
  });

  it('do not disturb: the callee never rings, the call ends with DO_NOT_DISTURB and is missed', () => {
    routing().setDnd(user('oxe2002'), true);
    const { events } = world.telephony.makeCall('oxe2001', '2001', '2002');
    expect(changes(events).map((c) => c.cause)).toEqual([undefined, 'DO_NOT_DISTURB']);
    expect(world.telephony.calls('oxe2002')).toEqual([]);
    world.events.publish(events);
    expect(world.userServices.eventSummary('oxe2002').missedCallsNb).toBe(1);
  });
});

describe('moving a call to a destination that refuses it', () => {
  it('a redirect is accepted, then the caller’s call ends with DO_NOT_DISTURB', () => {
    routing().setDnd(user('oxe2003'), true);
    const callRef = world.telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    const { events } = world.telephony.redirect('oxe2002', callRef, '2003');
    expect(changes(events).map((c) => c.cause)).toEqual(['REDIRECTED', 'DO_NOT_DISTURB']);
    expect(['oxe2001', 'oxe2002', 'oxe2003'].map((login) => world.telephony.calls(login))).toEqual([
      [],
      [],
      [],
    ]);
    world.events.publish(events);
    expect(world.userServices.eventSummary('oxe2003').missedCallsNb).toBe(1);
  });

  it('a blind transfer is accepted, then the transferred party’s call ends with BUSY', () => {
    const busy = world.telephony.makeCall('oxe2003', '2003', '2004').result.callRef;
    world.telephony.answer('oxe2004', busy);
    const callRef = world.telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    world.telephony.answer('oxe2002', callRef);
    const { events } = world.telephony.blindTransfer('oxe2001', callRef, '2003');
    expect(changes(events).at(-1)?.cause).toBe('BUSY');
    expect(world.telephony.calls('oxe2001')).toEqual([]);
    expect(world.telephony.calls('oxe2002')).toEqual([]);
    expect(world.telephony.calls('oxe2003').map((c) => c.callRef)).toEqual([busy]);
  });
});

describe('hunting group 2100', () => {
  it('rings the first free member logged on, and fails busy when none is left', () => {
    const first = world.telephony.makeCall('oxe2001', '2001', '2100').result.callRef;
    expect(whoIsIn(first, 'oxe2003').at(-1)).toEqual(['2003', 'RINGING_INCOMING']);
    world.telephony.store.huntingGroups.setLogon('2004', false);
    const second = world.telephony.makeCall('oxe2002', '2002', '2100').result.callRef;
    expect(whoIsIn(second, 'oxe2005').at(-1)).toEqual(['2005', 'RINGING_INCOMING']);
    const { events } = world.telephony.makeCall('oxe2004', '2004', '2100');
    expect(changes(events).at(-1)?.cause).toBe('BUSY');
  });
});
