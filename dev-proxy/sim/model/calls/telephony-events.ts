import type { PartyInfo } from '../../../../src/o2g/contract';
import type { CallEndedParty, CallSnapshot } from './call-types';

/** O2G call causes the model reports (a subset of CallCause). */
export type CallCause =
  | 'ABANDONED'
  | 'BUSY'
  | 'CALL_BACK'
  | 'CLEARED'
  | 'CONFERENCED'
  | 'DESTINATION_NOT_OBTAINABLE'
  | 'DO_NOT_DISTURB'
  | 'FORWARDED'
  | 'NOT_ANSWERED'
  | 'OVERFLOWN'
  | 'PARKED'
  | 'PARTICIPANT_LEFT'
  | 'PICKED_UP'
  | 'RECALL'
  | 'REDIRECTED'
  | 'TRANSFERRED';

/**
 * One change of one call, as the call was before and after it. The telephony translator works out what
 * each subscribed user sees: a call it was not in and now is (OnCallCreated), a change (OnCallModified),
 * a call it left (OnCallRemoved).
 */
export interface CallChange {
  callRef: string;
  /** Absent: the call is new. */
  before?: CallSnapshot;
  /** Absent: the call is over. */
  after?: CallSnapshot;
  cause?: CallCause;
  /** Where the call went, for the parties it left (redirect, divert to voicemail). */
  newDestination?: string;
  /**
   * Transfer: the call the continuing parties come from. For them this change is an OnCallModified with
   * `previousCallRef`, and that other call ends for them without an OnCallRemoved.
   */
  previous?: CallSnapshot;
  /** On the end of a transferred call: the call its continuing logins now are in. */
  replacedByCallRef?: string;
  /** The logins that continue in `replacedByCallRef` (they get no OnCallRemoved). */
  continuingLogins?: readonly string[];
}

/**
 * A call is over. For the communication log: one entry per party that ever took part (users carry
 * their loginName), whether the call was ever connected, and when it started, connected and ended.
 */
export interface CallEnded {
  callRef: string;
  initialCalled: PartyInfo;
  participants: CallEndedParty[];
  answered: boolean;
  startedAt: number;
  answeredAt?: number;
  endedAt: number;
}

/** A caller diverted to a mailbox hung up after at least 2 s: the messaging model stores a message. */
export interface VoicemailDeposited {
  mailboxLoginName: string;
  callerNumber: string;
  callerName?: string;
  /** The caller came from outside (trunk). */
  external: boolean;
  durationSeconds: number;
}

declare module '../domain-events' {
  interface DomainEventMap {
    callChanged: CallChange;
    callEnded: CallEnded;
    voicemailDeposited: VoicemailDeposited;
    /** A user became busy (in a call other than ringing) or free. */
    userStateChanged: { loginName: string; state: 'FREE' | 'BUSY' };
    /** A device went in or out of service. */
    deviceStateChanged: { loginName: string; deviceId: string; state: 'IN_SERVICE' | 'OUT_OF_SERVICE' };
    /** A client asked for a state snapshot (`POST …/telephony/state/snapshot`) of this user. */
    telephonyStateRequested: { loginName: string };
  }
}
