import { randomBytes } from 'node:crypto';
import type { Lab } from '../../labs/load-lab';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import type { DomainEvent } from '../domain-events';
import { nextLegState, type CallAction } from './call-transitions';
import { snapshotOf, type CallEndedParty, type CallParty, type SimCall } from './call-types';
import type { CallChange } from './telephony-events';
import type { CallRouting } from './call-routing';
import { HuntingGroups } from './hunting-groups';
import { unknownCallRef } from './telephony-errors';

/** How a simulated phone behaves (nobody holds it); starts from the lab file, lab controls change it. */
export interface PhoneBehaviour {
  autoAnswerAfterSeconds: number | null;
  busy: boolean;
  outOfService: boolean;
}

/** The calls of the world, the phones' behaviour, and the lookups every telephony command needs. */
export class CallStore {
  readonly #calls = new Map<string, SimCall>();
  readonly #behaviours = new Map<string, PhoneBehaviour>();
  readonly huntingGroups: HuntingGroups;

  constructor(
    readonly lab: Lab,
    readonly directory: Directory,
    readonly clock: Clock,
    /** The users' DND, forward and overflow, read at each call (the routing book owns them). */
    readonly routingOf: (loginName: string) => CallRouting = () => ({ dnd: false }),
  ) {
    for (const user of lab.users) this.#behaviours.set(user.loginName, { ...user.phone });
    this.huntingGroups = new HuntingGroups(lab, directory);
  }

  mintCallRef(): string {
    let callRef: string;
    do callRef = randomBytes(8).toString('hex');
    while (this.#calls.has(callRef));
    return callRef;
  }

  add(call: SimCall): void {
    this.#calls.set(call.callRef, call);
  }

  has(callRef: string): boolean {
    return this.#calls.has(callRef);
  }

  delete(callRef: string): void {
    this.#calls.delete(callRef);
  }

  all(): SimCall[] {
    return [...this.#calls.values()];
  }

  /** The calls a user is in, oldest first. */
  callsOf(loginName: string): SimCall[] {
    return this.all().filter((call) => call.parties.some((party) => party.loginName === loginName));
  }

  /** A call of this user, or the O2G 404: a call the user is not in does not exist for it. */
  find(loginName: string, callRef: string): SimCall {
    const call = this.#calls.get(callRef);
    if (!call || !call.parties.some((party) => party.loginName === loginName))
      throw unknownCallRef(callRef, loginName);
    return call;
  }

  /** The user's own party (leg) in a call. */
  partyOf(call: SimCall, loginName: string): CallParty {
    const party = call.parties.find((p) => p.loginName === loginName);
    if (!party) throw unknownCallRef(call.callRef, loginName);
    return party;
  }

  behaviour(loginName: string): PhoneBehaviour {
    return (
      this.#behaviours.get(loginName) ?? { autoAnswerAfterSeconds: null, busy: false, outOfService: false }
    );
  }

  setBehaviour(loginName: string, behaviour: PhoneBehaviour): void {
    this.#behaviours.set(loginName, behaviour);
  }

  /** BUSY as soon as the user is in a call other than one ringing at its phone. */
  userState(loginName: string): 'FREE' | 'BUSY' {
    const inCall = this.callsOf(loginName).some((call) =>
      call.parties.some((party) => party.loginName === loginName && party.state !== 'RINGING_INCOMING'),
    );
    return inCall ? 'BUSY' : 'FREE';
  }

  deviceState(loginName: string): 'IN_SERVICE' | 'OUT_OF_SERVICE' {
    return this.behaviour(loginName).outOfService ? 'OUT_OF_SERVICE' : 'IN_SERVICE';
  }

  /** A single-line lab phone cannot take another call while it is in one or set busy. */
  isEngaged(loginName: string): boolean {
    return this.behaviour(loginName).busy || this.callsOf(loginName).length > 0;
  }
}

/** The party after an action, or undefined when it leaves the call; throws when the table forbids it. */
export function moved(party: CallParty, action: CallAction): CallParty | undefined {
  const state = nextLegState(party.state, action);
  return state === 'IDLE' ? undefined : { ...party, state };
}

/** The roster entry of a party (parties keep their identity object for life). */
export function rosterOf(call: SimCall, party: CallParty): CallEndedParty | undefined {
  return call.roster.find((entry) => entry.identity === party.identity);
}

/**
 * Collects the domain events of one command. Each `change` records a call before and after a mutation;
 * a call left with nobody but the voicemail server is over: it is dropped and its end-of-call record published.
 */
export class ChangeSet {
  readonly events: DomainEvent[] = [];

  constructor(
    private readonly store: CallStore,
    readonly at: number,
  ) {}

  change(
    call: SimCall,
    mutate: () => void,
    extra: Omit<CallChange, 'callRef' | 'before' | 'after'> = {},
  ): void {
    const before = this.store.has(call.callRef) ? snapshotOf(call) : undefined;
    mutate();
    if (!this.store.has(call.callRef)) this.store.add(call);
    // A call lives while a person (a lab user or an outside caller) is in it; the voicemail server alone is no call.
    const over = !call.parties.some((party) => party.kind !== 'voicemail');
    if (over) this.store.delete(call.callRef);
    const after = over ? undefined : snapshotOf(call);
    this.events.push({
      type: 'callChanged',
      at: this.at,
      callRef: call.callRef,
      ...extra,
      ...(before && { before }),
      ...(after && { after }),
    });
    if (over) this.#ended(call);
  }

  /** Whether the call still exists (it may have ended in an earlier change of this command). */
  isLive(call: SimCall): boolean {
    return this.store.has(call.callRef);
  }

  push(event: DomainEvent): void {
    this.events.push(event);
  }

  #ended(call: SimCall): void {
    const answered = call.answeredAt !== undefined;
    this.events.push({
      type: 'callEnded',
      at: this.at,
      callRef: call.callRef,
      initialCalled: call.initialCalled,
      participants: call.roster.map((entry) => ({ ...entry })),
      answered,
      startedAt: call.startedAt,
      ...(answered && { answeredAt: call.answeredAt }),
      endedAt: this.at,
    });
  }
}
