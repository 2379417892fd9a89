import type { PartyInfo } from '../../../../src/o2g/contract';
import type { LegState } from './call-transitions';

/** A lab user, an outside number (trunk) or the voicemail server. */
export type PartyKind = 'user' | 'external' | 'voicemail';

/** One party of a call. Immutable: a change replaces the object, so snapshots can share it. */
export interface CallParty {
  /** How the other parties name this one (`participantId`): the number they see. */
  readonly participantId: string;
  readonly kind: PartyKind;
  readonly role: 'caller' | 'callee';
  /** The lab user on this side, and the device its leg is on (user parties only). */
  readonly loginName?: string;
  readonly deviceId?: string;
  /** How the other parties see this one; for a trunk loopback a user is seen as an external number. */
  readonly identity: PartyInfo;
  readonly state: Exclude<LegState, 'IDLE'>;
}

/** A call frozen at one moment: what domain events carry and views are made from. */
export interface CallSnapshot {
  /** 16 lowercase hex digits, shared by every party of the call. */
  readonly callRef: string;
  /** Who was dialled first. */
  readonly initialCalled: PartyInfo;
  /** The last user whose forward or redirect sent the call on. */
  readonly lastRedirecting?: PartyInfo;
  /** Correlator data given at make-call or attached later (lowercase hex). */
  readonly associatedData?: string;
  /** The CCD transaction code sent with sendaccountinfo. */
  readonly accountInfo?: string;
  readonly parties: readonly CallParty[];
  readonly startedAt: number;
  /** When the first answer connected the call. */
  readonly answeredAt?: number;
}

/** Why a party ended up how it did, in the comlog's words. */
export type CallEndReason =
  | 'NORMAL'
  | 'ABANDONED'
  | 'BUSY'
  | 'CONFERENCED'
  | 'FORWARDED'
  | 'PICKUP'
  | 'VOICEMAIL'
  | 'REDIRECTED'
  | 'TRANSFERRED'
  | 'RELEASED_ON_TRANSFER'
  | 'UNKNOWN';

/** One party as the end-of-call record remembers it. */
export interface CallEndedParty {
  role: 'CALLER' | 'CALLEE';
  kind: PartyKind;
  /** Set for lab users: whose communication log gets the record. */
  loginName?: string;
  /** How the other parties saw this one (an O2G PartyInfo). */
  identity: PartyInfo;
  /** Whether this party was ever connected in the call. */
  answered: boolean;
  reason: CallEndReason;
}

/** A call diverted to a mailbox: the caller is leaving a message. */
export interface VoicemailDeposit {
  readonly mailboxLoginName: string;
  readonly connectedAt: number;
  readonly callerNumber: string;
  readonly callerName?: string;
  readonly external: boolean;
}

/** Where a dialled number leads. */
export type Destination =
  | { kind: 'user'; loginName: string; deviceId: string; number: string }
  | { kind: 'loopback'; loginName: string; deviceId: string; number: string; callerPrefix: string }
  | { kind: 'voicemail'; number: string }
  /** A hunting group's pilot: the call rings one of its members. */
  | { kind: 'pilot'; number: string };

/** A call inside the model (mutable; only the call store and its commands touch it). */
export interface SimCall {
  readonly callRef: string;
  initialCalled: PartyInfo;
  lastRedirecting?: PartyInfo;
  associatedData?: string;
  accountInfo?: string;
  parties: CallParty[];
  readonly startedAt: number;
  answeredAt?: number;
  /** When the current callee started ringing; drives auto-answer and the ring timeout. */
  ringingSince?: number;
  /** Make-call with autoAnswer false: the caller's own phone rings first, then this is dialled. */
  pendingDestination?: Destination;
  /** The device the call is parked on, while it waits to be unparked. */
  parkedOn?: string;
  /** While parked: when, and the parker's set that rings back after the park timeout. */
  parkRecall?: { parkedAt: number; parker: Extract<Destination, { kind: 'user' }> };
  /** Set while a diverted caller is connected to a mailbox. */
  deposit?: VoicemailDeposit;
  /** Everyone who took part, for the end-of-call record. */
  readonly roster: CallEndedParty[];
}

export function snapshotOf(call: SimCall): CallSnapshot {
  const snapshot: CallSnapshot = {
    callRef: call.callRef,
    initialCalled: call.initialCalled,
    ...(call.lastRedirecting && { lastRedirecting: call.lastRedirecting }),
    ...(call.associatedData !== undefined && { associatedData: call.associatedData }),
    ...(call.accountInfo !== undefined && { accountInfo: call.accountInfo }),
    parties: [...call.parties],
    startedAt: call.startedAt,
  };
  return call.answeredAt === undefined ? snapshot : { ...snapshot, answeredAt: call.answeredAt };
}
