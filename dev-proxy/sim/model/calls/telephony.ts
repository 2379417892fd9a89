import type { Lab } from '../../labs/load-lab';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import type { DomainEvent, Outcome } from '../domain-events';
import { snapshotOf, type CallSnapshot } from './call-types';
import { CallStore, ChangeSet } from './call-store';
import type { CallRouting } from './call-routing';
import { answerParty, currentCall, hold, makeCall, releaseParty, retrieve, sendDtmf } from './call-commands';
import { recallParkedCalls } from './park-recall';
import { tickCalls } from './call-timers';
import { alternate, dropParticipant, leaveCall, merge, reconnect } from './call-conference';
import { blindTransfer, redirect, transfer } from './call-transfers';
import { noRingingCall } from './telephony-errors';
import { MiniMessages } from './mini-messages';
import './telephony-events';

/**
 * The OXE's telephony as the lab simulates it: calls between the lab's extensions, the voicemail server,
 * the trunk loopback. Every command returns the events it caused, including the users whose state
 * (FREE/BUSY) changed because of it.
 */
export class Telephony {
  readonly store: CallStore;
  readonly miniMessages: MiniMessages;

  constructor(
    lab: Lab,
    directory: Directory,
    readonly clock: Clock,
    routingOf?: (loginName: string) => CallRouting,
  ) {
    this.store = new CallStore(lab, directory, clock, routingOf);
    this.miniMessages = new MiniMessages(directory);
  }

  makeCall(
    loginName: string,
    deviceId: string,
    callee: string,
    options: { autoAnswer?: boolean; associatedData?: string } = {},
  ): Outcome<{ callRef: string }> {
    const { autoAnswer = true, associatedData } = options;
    return this.run((changes) => ({
      callRef: makeCall(this.store, changes, loginName, deviceId, callee, autoAnswer, associatedData),
    }));
  }

  answer(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) => {
      const call = this.store.find(loginName, callRef);
      answerParty(this.store, changes, call, this.store.partyOf(call, loginName));
    });
  }

  /** BasicTelephony answer: the call ringing on that device. */
  answerDevice(loginName: string, deviceId: string): Outcome<void> {
    return this.run((changes) => {
      const call = this.store
        .callsOf(loginName)
        .find((c) =>
          c.parties.some(
            (p) => p.loginName === loginName && p.deviceId === deviceId && p.state === 'RINGING_INCOMING',
          ),
        );
      if (!call) throw noRingingCall(deviceId);
      answerParty(this.store, changes, call, this.store.partyOf(call, loginName));
    });
  }

  hold(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) => hold(this.store, changes, this.store.find(loginName, callRef), loginName));
  }

  retrieve(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) =>
      retrieve(this.store, changes, this.store.find(loginName, callRef), loginName),
    );
  }

  /** Hangs up the user's leg; in a two-party call everyone leaves. */
  release(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) => {
      const call = this.store.find(loginName, callRef);
      releaseParty(changes, call, this.store.partyOf(call, loginName));
    });
  }

  /** Ends the user's ringing call after a callback request: O2G reports it with cause CALL_BACK. */
  releaseForCallback(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) => {
      const call = this.store.find(loginName, callRef);
      releaseParty(changes, call, this.store.partyOf(call, loginName), 'CALL_BACK');
    });
  }

  /** Leaves a call (dropme): a two-party call ends, a conference goes on without the user. */
  leave(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) => {
      const call = this.store.find(loginName, callRef);
      leaveCall(changes, call, this.store.partyOf(call, loginName));
    });
  }

  /** BasicTelephony dropme: leaves the call the user is in. */
  dropMe(loginName: string): Outcome<void> {
    return this.run((changes) => {
      const call = currentCall(this.store, loginName);
      leaveCall(changes, call, this.store.partyOf(call, loginName));
    });
  }

  alternate(loginName: string, callRef: string): Outcome<void> {
    return this.run((changes) =>
      alternate(this.store, changes, this.store.find(loginName, callRef), loginName),
    );
  }

  /** Cancels a consultation: `enquiryCallRef` is released, `heldCallRef` retrieved. */
  reconnect(loginName: string, heldCallRef: string, enquiryCallRef: string): Outcome<void> {
    return this.run((changes) => {
      const held = this.store.find(loginName, heldCallRef);
      reconnect(this.store, changes, held, loginName, this.store.find(loginName, enquiryCallRef));
    });
  }

  /** Three-party conference from the active call and the held one. */
  merge(loginName: string, activeCallRef: string, heldCallRef: string): Outcome<void> {
    return this.run((changes) => {
      const active = this.store.find(loginName, activeCallRef);
      merge(this.store, changes, active, loginName, this.store.find(loginName, heldCallRef));
    });
  }

  dropParticipant(loginName: string, callRef: string, participantId: string): Outcome<void> {
    return this.run((changes) =>
      dropParticipant(this.store, changes, this.store.find(loginName, callRef), loginName, participantId),
    );
  }

  sendDtmf(loginName: string, callRef: string): Outcome<void> {
    return this.run(() => sendDtmf(this.store, this.store.find(loginName, callRef), loginName));
  }

  redirect(loginName: string, callRef: string, redirectTo: string): Outcome<void> {
    return this.run((changes) =>
      redirect(this.store, changes, this.store.find(loginName, callRef), loginName, redirectTo),
    );
  }

  blindTransfer(loginName: string, callRef: string, transferTo: string): Outcome<void> {
    return this.run((changes) =>
      blindTransfer(this.store, changes, this.store.find(loginName, callRef), loginName, transferTo),
    );
  }

  transfer(loginName: string, activeCallRef: string, heldCallRef: string): Outcome<void> {
    return this.run((changes) => {
      const active = this.store.find(loginName, activeCallRef);
      transfer(this.store, changes, active, loginName, this.store.find(loginName, heldCallRef));
    });
  }

  /** The user's calls, oldest first. */
  calls(loginName: string): CallSnapshot[] {
    return this.store.callsOf(loginName).map(snapshotOf);
  }

  call(loginName: string, callRef: string): CallSnapshot {
    return snapshotOf(this.store.find(loginName, callRef));
  }

  userState(loginName: string): 'FREE' | 'BUSY' {
    return this.store.userState(loginName);
  }

  deviceState(loginName: string): 'IN_SERVICE' | 'OUT_OF_SERVICE' {
    return this.store.deviceState(loginName);
  }

  /** Asks for OnTelephonyState events: one per user named (an administrator may name every user). */
  requestSnapshot(loginNames: readonly string[]): Outcome<void> {
    const at = this.clock.now();
    return {
      result: undefined,
      events: loginNames.map((loginName) => ({ type: 'telephonyStateRequested', at, loginName })),
    };
  }

  /** Lets time act: auto-answering phones, ring timeouts to voicemail. */
  tick(now: number): DomainEvent[] {
    // Time acts only on ringing and parked calls. Servers tick before every request: without such a
    // call, the users' FREE/BUSY states that `run` compares before and after are not worth computing.
    const waiting = this.store.all().some((call) => call.ringingSince !== undefined || call.parkRecall);
    if (!waiting) return [];
    return this.run((changes) => {
      tickCalls(this.store, changes, now);
      recallParkedCalls(this.store, changes, now);
    }, now).events;
  }

  /**
   * Runs a command and adds the FREE/BUSY changes it caused, after its call events (as the O2G capture
   * shows: OnCallModified ACTIVE, then OnUserStateModified BUSY).
   */
  run<T>(command: (changes: ChangeSet) => T, at = this.clock.now()): Outcome<T> {
    const users = this.store.directory.users().map((user) => user.loginName);
    const before = new Map(users.map((loginName) => [loginName, this.store.userState(loginName)]));
    const changes = new ChangeSet(this.store, at);
    const result = command(changes);
    for (const loginName of users) {
      const state = this.store.userState(loginName);
      if (state !== before.get(loginName)) changes.push({ type: 'userStateChanged', at, loginName, state });
    }
    return { result, events: changes.events };
  }
}
