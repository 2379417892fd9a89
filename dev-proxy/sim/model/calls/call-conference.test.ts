import { beforeEach, describe, expect, it } from 'vitest';
import { loadLab } from '../../labs/load-lab';
import { ManualClock } from '../clock';
import { Directory } from '../directory';
import { SimError } from '../sim-error';
import { park, pickUp } from './call-services';
import { Telephony } from './telephony';

let telephony: Telephony;

beforeEach(() => {
  const lab = loadLab();
  telephony = new Telephony(lab, new Directory(lab), new ManualClock());
});

const stateOf = (loginName: string, callRef: string) =>
  telephony.call(loginName, callRef).parties.find((p) => p.loginName === loginName)?.state;
const ids = (loginName: string, callRef: string) =>
  telephony.call(loginName, callRef).parties.map((p) => p.participantId);

/** 2001 talks to 2002, puts it on hold and consults 2003, who answers. */
function consultation() {
  const first = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
  telephony.answer('oxe2002', first);
  const enquiry = telephony.makeCall('oxe2001', '2001', '2003').result.callRef;
  telephony.answer('oxe2003', enquiry);
  return { first, enquiry };
}

describe('consultation', () => {
  it('alternates between the active and the held call, naming either', () => {
    const { first, enquiry } = consultation();
    expect([stateOf('oxe2001', first), stateOf('oxe2001', enquiry)]).toEqual(['HELD', 'ACTIVE']);
    telephony.alternate('oxe2001', enquiry);
    expect([stateOf('oxe2001', first), stateOf('oxe2001', enquiry)]).toEqual(['ACTIVE', 'HELD']);
    telephony.alternate('oxe2001', enquiry);
    expect([stateOf('oxe2001', first), stateOf('oxe2001', enquiry)]).toEqual(['HELD', 'ACTIVE']);
  });

  it('reconnect releases the enquiry call and retrieves the held one', () => {
    const { first, enquiry } = consultation();
    const { events } = telephony.reconnect('oxe2001', first, enquiry);
    expect(events.some((e) => e.type === 'callEnded' && e.callRef === enquiry)).toBe(true);
    expect(stateOf('oxe2001', first)).toBe('ACTIVE');
    expect(telephony.calls('oxe2003')).toEqual([]);
  });

  it('refuses to alternate without a held call, changing nothing', () => {
    const callRef = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    telephony.answer('oxe2002', callRef);
    expect(() => telephony.alternate('oxe2001', callRef)).toThrow(SimError);
    expect(stateOf('oxe2001', callRef)).toBe('ACTIVE');
  });
});

describe('three-party conference', () => {
  it('merges, lets a participant be dropped, and carries on as a two-party call', () => {
    const { first, enquiry } = consultation();
    const merged = telephony.merge('oxe2001', enquiry, first);
    const heldEnd = merged.events.find((e) => e.type === 'callChanged' && e.callRef === first);
    expect(heldEnd).toMatchObject({ cause: 'CONFERENCED', replacedByCallRef: enquiry });
    // The merging user carries on too: the held call is replaced for it, not removed.
    expect(heldEnd?.type === 'callChanged' && heldEnd.continuingLogins).toContain('oxe2001');
    expect(ids('oxe2001', enquiry)).toEqual(['2001', '2003', '2002']);
    expect(telephony.call('oxe2002', enquiry).parties.every((p) => p.state === 'ACTIVE')).toBe(true);
    telephony.dropParticipant('oxe2001', enquiry, '2003');
    expect(ids('oxe2001', enquiry)).toEqual(['2001', '2002']);
    expect(telephony.calls('oxe2003')).toEqual([]);
  });

  it('dropme leaves the conference to the two others', () => {
    const { first, enquiry } = consultation();
    telephony.merge('oxe2001', enquiry, first);
    const { events } = telephony.leave('oxe2001', enquiry);
    expect(events.find((e) => e.type === 'callChanged')).toMatchObject({ cause: 'PARTICIPANT_LEFT' });
    expect(ids('oxe2002', enquiry)).toEqual(['2003', '2002']);
  });
});

describe('park and pickup', () => {
  it('parks an active call on a device and lets that device unpark it', () => {
    const callRef = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    telephony.answer('oxe2002', callRef);
    telephony.run((changes) =>
      park(telephony.store, changes, telephony.store.find('oxe2001', callRef), 'oxe2001', '2004'),
    );
    expect(telephony.calls('oxe2001')).toEqual([]);
    expect(stateOf('oxe2002', callRef)).toBe('HELD');
  });

  it('picks up a call ringing at a colleague', () => {
    const callRef = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    const { events } = telephony.run((changes) =>
      pickUp(telephony.store, changes, 'oxe2003', '2003', callRef, '2002', true),
    );
    expect(events.find((e) => e.type === 'callChanged')).toMatchObject({ cause: 'PICKED_UP' });
    expect(ids('oxe2003', callRef)).toEqual(['2001', '2003']);
    expect(stateOf('oxe2001', callRef)).toBe('ACTIVE');
  });
});
