import type { ComRecord } from '../../../../src/o2g/contract';
import type { Clock } from '../clock';
import type { DomainEvent, Outcome } from '../domain-events';
import { SimError } from '../sim-error';
import type { CountersChanged } from './event-summary';

declare module '../domain-events' {
  interface DomainEventMap {
    comRecordCreated: { loginName: string; record: ComRecord };
    /** Records deleted; no `recordIds` means all the user's records. */
    comRecordsDeleted: { loginName: string; recordIds?: number[] };
    /** Records acknowledged (`acknowledged: true`) or unacknowledged; `records` as they are now. */
    comRecordsAcknowledged: {
      loginName: string;
      recordIds: number[];
      acknowledged: boolean;
      records: ComRecord[];
    };
  }
}

/** A record as stored: the O2G record plus what filters need. */
export interface StoredComRecord {
  readonly record: ComRecord;
  readonly beginAt: number;
  /** The user's role in the call, and whether the user was ever connected in it. */
  readonly role: 'CALLER' | 'CALLEE';
  readonly answered: boolean;
  /** The other side's login and number, for `remotePartyId`. */
  readonly remoteIds: readonly string[];
}

/** The filters of a comlog query or delete. */
export interface ComRecordFilter {
  afterDate?: number;
  beforeDate?: number;
  unacknowledged?: boolean;
  unanswered?: boolean;
  role?: 'CALLER' | 'CALLEE';
  comRef?: string;
  remotePartyId?: string;
}

// The O2G keeps at most this many records per user; the oldest drop out.
const DEPTH = 100;

/** A missed call: the user was called, never connected, and has not acknowledged it. */
export const isMissed = (stored: StoredComRecord) =>
  stored.role === 'CALLEE' && !stored.answered && !stored.record.acknowledged;

/** The communication log of every user, newest record first. */
export class ComlogBook {
  readonly #byLogin = new Map<string, StoredComRecord[]>();
  #lastId = 0;

  constructor(
    private readonly clock: Clock,
    private readonly countersChanged: CountersChanged,
  ) {}

  /** Adds a record to the user's log (called with what a call left behind). */
  add(
    loginName: string,
    entry: Omit<StoredComRecord, 'record'> & { record: Omit<ComRecord, 'recordId'> },
  ): DomainEvent[] {
    this.#lastId += 1;
    const stored: StoredComRecord = { ...entry, record: { ...entry.record, recordId: this.#lastId } };
    const records = [stored, ...(this.#byLogin.get(loginName) ?? [])].slice(0, DEPTH);
    this.#byLogin.set(loginName, records);
    const events: DomainEvent[] = [
      { type: 'comRecordCreated', at: stored.beginAt, loginName, record: stored.record },
    ];
    if (isMissed(stored)) events.push(this.countersChanged(loginName, this.clock.now()));
    return events;
  }

  query(loginName: string, filter: ComRecordFilter = {}): StoredComRecord[] {
    return (this.#byLogin.get(loginName) ?? []).filter((stored) => matches(stored, filter));
  }

  record(loginName: string, recordId: number): StoredComRecord {
    const stored = this.#byLogin.get(loginName)?.find((s) => s.record.recordId === recordId);
    if (!stored) throw new SimError('notFound', `No comlog record ${recordId} for ${loginName}`);
    return stored;
  }

  missedCalls(loginName: string): number {
    return (this.#byLogin.get(loginName) ?? []).filter(isMissed).length;
  }

  /** Deletes by ids (unknown ones ignored), or by filter; `'all'` clears the log. */
  delete(
    loginName: string,
    which: { ids: readonly number[] } | { filter: ComRecordFilter } | 'all',
  ): Outcome<number> {
    const records = this.#byLogin.get(loginName) ?? [];
    const doomed = records.filter((s) =>
      which === 'all'
        ? true
        : 'ids' in which
          ? which.ids.includes(s.record.recordId)
          : matches(s, which.filter),
    );
    if (doomed.length === 0) return { result: 0, events: [] };
    this.#byLogin.set(
      loginName,
      records.filter((s) => !doomed.includes(s)),
    );
    const at = this.clock.now();
    const recordIds = which === 'all' ? undefined : doomed.map((s) => s.record.recordId);
    const events: DomainEvent[] = [{ type: 'comRecordsDeleted', at, loginName, recordIds }];
    if (doomed.some(isMissed)) events.push(this.countersChanged(loginName, at));
    return { result: doomed.length, events };
  }

  /** Acknowledges (or not) the named records; unknown ids and records already in that state are skipped. */
  acknowledge(loginName: string, ids: readonly number[], acknowledged: boolean): Outcome<number[]> {
    const records = this.#byLogin.get(loginName) ?? [];
    const changing = records.filter(
      (s) => ids.includes(s.record.recordId) && s.record.acknowledged !== acknowledged,
    );
    if (changing.length === 0) return { result: [], events: [] };
    const countersMove = changing.some((s) => s.role === 'CALLEE' && !s.answered);
    const updated = records.map((s) =>
      changing.includes(s) ? { ...s, record: { ...s.record, acknowledged } } : s,
    );
    this.#byLogin.set(loginName, updated);
    const at = this.clock.now();
    const recordIds = changing.map((s) => s.record.recordId);
    const changed = updated.filter((s) => recordIds.includes(s.record.recordId)).map((s) => s.record);
    const events: DomainEvent[] = [
      { type: 'comRecordsAcknowledged', at, loginName, recordIds, acknowledged, records: changed },
    ];
    if (countersMove) events.push(this.countersChanged(loginName, at));
    return { result: recordIds, events };
  }
}

function matches(stored: StoredComRecord, filter: ComRecordFilter): boolean {
  const { record } = stored;
  if (filter.afterDate !== undefined && stored.beginAt < filter.afterDate) return false;
  if (filter.beforeDate !== undefined && stored.beginAt > filter.beforeDate) return false;
  if (filter.unacknowledged && record.acknowledged) return false;
  if (filter.unanswered && stored.answered) return false;
  if (filter.role !== undefined && stored.role !== filter.role) return false;
  if (filter.comRef !== undefined && record.comRef !== filter.comRef) return false;
  if (filter.remotePartyId !== undefined && !stored.remoteIds.includes(filter.remotePartyId)) return false;
  return true;
}
