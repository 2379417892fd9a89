import type { CallStore, ChangeSet } from './call-store';
import { moved } from './call-store';
import { addParty, destinationIdentity, replaceParty, ringingParty } from './call-connect';

// A parked call nobody takes comes back, as on an OXE: after the lab's park timeout the parker's set
// rings (cause RECALL) and the parked party hears ringback again. From then on it is an ordinary ringing
// call: answered, or sent on by the parker's no-answer routing at the ring timeout.

/** Rings the parker back for every call parked longer than the park timeout, as of `now`. */
export function recallParkedCalls(store: CallStore, changes: ChangeSet, now: number): void {
  const timeoutMs = store.lab.telephony.parkTimeoutSeconds * 1000;
  for (const call of store.all()) {
    const recall = call.parkRecall;
    if (call.parkedOn === undefined || !recall) continue;
    const recallAt = recall.parkedAt + timeoutMs;
    // A parker busy on its single line cannot ring: the call stays parked until it is free.
    if (now < recallAt || store.isEngaged(recall.parker.loginName)) continue;
    const waiting = call.parties.map((p) => [p, moved(p, 'parkRecall')] as const);
    changes.change(
      call,
      () => {
        delete call.parkedOn;
        delete call.parkRecall;
        for (const [party, next] of waiting) replaceParty(call, party, next);
        addParty(call, ringingParty(recall.parker, destinationIdentity(store, recall.parker)));
        call.ringingSince = changes.at;
      },
      { cause: 'RECALL' },
    );
  }
}
