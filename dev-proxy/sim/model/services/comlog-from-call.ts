import type { ComRecordParticipant, PartyInfo } from '../../../../src/o2g/contract';
import type { CallEndedParty } from '../calls/call-types';
import type {} from '../calls/telephony-events';
import type { Directory } from '../directory';
import type { DomainEventOf } from '../domain-events';
import type { StoredComRecord } from './comlog-book';

/** A record to add to one user's log. */
export interface ComlogEntry {
  loginName: string;
  entry: Omit<StoredComRecord, 'record'> & { record: Omit<StoredComRecord['record'], 'recordId'> };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A lab user as it sees itself in its own log (the others may have seen an external number). */
function ownIdentity(party: CallEndedParty, directory: Directory): PartyInfo {
  const user = party.loginName === undefined ? undefined : directory.user(party.loginName);
  if (!user) return party.identity;
  return {
    id: { loginName: user.loginName, phoneNumber: user.companyPhone },
    firstName: user.firstName,
    lastName: user.lastName,
    type: { main: 'USER' },
  };
}

/**
 * The records a call leaves: one in the log of each lab user who took part, listing every participant
 * as that user saw it (through the trunk, the other side is an external number). A user who was
 * called and never connected has missed the call; a caller's own record starts acknowledged, since
 * only a callee can miss a call.
 */
export function comlogEntriesFromCall(fact: DomainEventOf<'callEnded'>, directory: Directory): ComlogEntry[] {
  const entries: ComlogEntry[] = [];
  const seen = new Set<string>();
  for (const viewer of fact.participants) {
    if (viewer.loginName === undefined || seen.has(viewer.loginName) || !directory.user(viewer.loginName))
      continue;
    seen.add(viewer.loginName);
    const participants: ComRecordParticipant[] = fact.participants.map((party) => ({
      role: party.role,
      answered: party.answered,
      identity: party === viewer ? ownIdentity(party, directory) : party.identity,
      anonymous: false,
      ...(party.role === 'CALLEE' && { initialCalled: fact.initialCalled }),
      reason: party.reason,
    }));
    const others = fact.participants.filter((party) => party !== viewer);
    const remoteIds = others.flatMap((party) => [party.identity.id.phoneNumber, party.identity.id.loginName]);
    entries.push({
      loginName: viewer.loginName,
      entry: {
        beginAt: fact.startedAt,
        role: viewer.role,
        answered: viewer.answered,
        remoteIds: remoteIds.filter((id): id is string => id !== undefined),
        record: {
          comRef: fact.callRef,
          acknowledged: viewer.role === 'CALLER' || viewer.answered,
          participants,
          beginDate: iso(fact.startedAt),
          endDate: iso(fact.endedAt),
          convDate: fact.answeredAt === undefined ? undefined : iso(fact.answeredAt),
        },
      },
    });
  }
  return entries;
}
