import { describe, expect, it } from 'vitest';
import { callerOf, countsOf } from './message-view';
import { plural } from '../../../lib/plural';

describe('callerOf', () => {
  it('names a lab user with its number, an outside caller by its number, a hidden one as unknown', () => {
    expect(
      callerOf({ id: { loginName: 'oxe2003', phoneNumber: '2003' }, firstName: 'Chloé', lastName: 'Dubois' }),
    ).toEqual({ name: 'Chloé Dubois', number: '2003', label: 'Chloé Dubois (2003)', detail: '2003' });
    expect(callerOf({ id: { phoneNumber: '0390671234' }, type: { main: 'EXTERNAL' } })).toMatchObject({
      label: '0390671234',
      detail: 'outside caller',
    });
    expect(callerOf({ id: {}, displayName: 'Reception' }).label).toBe('Reception');
    expect(callerOf(undefined)).toMatchObject({ label: 'Unknown caller', detail: 'number withheld' });
  });
});

describe('counts', () => {
  it('counts new and total messages, and words a count', () => {
    const message = { voicemailId: 'a', duration: 3, date: '', unread: true, highPriority: false };
    expect(countsOf([message, { ...message, voicemailId: 'b', unread: false }])).toEqual({
      total: 2,
      unread: 1,
    });
    expect(plural(1, 'message')).toBe('1 message');
    expect(plural(0, 'message')).toBe('0 messages');
  });
});
