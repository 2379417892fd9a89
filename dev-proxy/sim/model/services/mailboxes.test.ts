import { describe, expect, it } from 'vitest';
import { loadLab } from '../../labs/load-lab';
import { ManualClock } from '../clock';
import type { DomainEvent, DomainEventOf } from '../domain-events';
import { World } from '../world';

function setup() {
  const clock = new ManualClock();
  const world = new World(loadLab(), clock);
  const published: DomainEvent[] = [];
  world.events.subscribe((event) => published.push(event));
  const deposit = (fields: Partial<DomainEventOf<'voicemailDeposited'>> = {}) =>
    world.events.publish([
      {
        type: 'voicemailDeposited',
        at: clock.now(),
        mailboxLoginName: 'oxe2001',
        callerNumber: '2002',
        external: false,
        durationSeconds: 7,
        ...fields,
      },
    ]);
  const summaries = () => published.filter((e) => e.type === 'eventSummaryChanged');
  return { clock, world, mailboxes: world.userServices.mailboxes, deposit, summaries };
}

describe('mailboxes', () => {
  it('exists for the lab users with a mailbox only, keyed by their extension', () => {
    const { mailboxes } = setup();
    expect(mailboxes.mailboxesOf('oxe2001').map((m) => [m.id, m.name])).toEqual([['2001', 'Alice Martin']]);
    expect(mailboxes.mailboxesOf('oxe2002')).toHaveLength(1);
    expect(mailboxes.mailboxesOf('oxe2003')).toEqual([]);
  });

  it('stores a deposit, lists it, marks it read on fetch and deletes it, reporting the counters each time', () => {
    const { world, mailboxes, deposit, summaries, clock } = setup();
    deposit();
    clock.advanceSeconds(60);
    deposit({ callerNumber: '0390671234', external: true, durationSeconds: 3 });

    const listed = mailboxes.list('oxe2001', '2001');
    expect(listed.map((m) => m.durationSeconds)).toEqual([3, 7]);
    expect(listed[1]?.from).toEqual({
      id: { loginName: 'oxe2002', phoneNumber: '2002' },
      firstName: 'Bruno',
      lastName: 'Lefebvre',
      type: { main: 'USER' },
    });
    expect(listed[0]?.from).toMatchObject({ id: { phoneNumber: '0390671234' }, type: { main: 'EXTERNAL' } });
    expect(
      summaries().map((e) => e.type === 'eventSummaryChanged' && e.eventSummary.voiceMessagesNb),
    ).toEqual([1, 2]);
    expect(mailboxes.connect('oxe2001', '2001', '1234')).toEqual({
      totalVoiceMsg: 2,
      newVoiceMsg: 2,
      storageUsage: 1,
    });

    const oldest = listed[1]?.voicemailId ?? '';
    const fetched = mailboxes.fetch('oxe2001', '2001', oldest);
    expect(fetched.result.unread).toBe(false);
    expect(fetched.events).toMatchObject([
      { type: 'eventSummaryChanged', loginName: 'oxe2001', eventSummary: { voiceMessagesNb: 1 } },
    ]);
    expect(mailboxes.fetch('oxe2001', '2001', oldest).events).toEqual([]);
    expect(mailboxes.list('oxe2001', '2001', { newOnly: true })).toHaveLength(1);
    expect(mailboxes.list('oxe2001', '2001', { offset: 1, limit: 5 }).map((m) => m.voicemailId)).toEqual([
      oldest,
    ]);

    // Deleting a read message changes no counter; deleting the unread one does.
    expect(mailboxes.delete('oxe2001', '2001', [oldest, 'nope']).events).toEqual([]);
    const rest = mailboxes.delete('oxe2001', '2001', 'all');
    expect(rest.result).toBe(1);
    expect(rest.events).toMatchObject([{ eventSummary: { voiceMessagesNb: 0, eventWaiting: false } }]);
    expect(world.userServices.eventSummary('oxe2001').voiceMessagesNb).toBe(0);
  });

  it.each([
    ['a wrong mailbox password', () => setup().mailboxes.connect('oxe2001', '2001', '0000'), 403],
    ['another user’s mailbox', () => setup().mailboxes.list('oxe2001', '2002'), 404],
    ['a user without a mailbox', () => setup().mailboxes.list('oxe2003', '2003'), 404],
    ['an unknown message', () => setup().mailboxes.fetch('oxe2001', '2001', 'nope'), 404],
    [
      'a strict delete of an unknown message',
      () => setup().mailboxes.delete('oxe2001', '2001', ['nope'], true),
      404,
    ],
  ])('refuses %s', (_what, act, status) => {
    expect(act).toThrow(expect.objectContaining({ status }));
  });

  it('accepts withUserPwd (no password) and drops deposits for users without a mailbox', () => {
    const { mailboxes, deposit, summaries } = setup();
    expect(mailboxes.connect('oxe2002', '2002')).toMatchObject({ totalVoiceMsg: 0 });
    deposit({ mailboxLoginName: 'oxe2003' });
    expect(summaries()).toEqual([]);
  });
});
