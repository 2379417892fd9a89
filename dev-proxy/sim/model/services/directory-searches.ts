import type { DirectoryCriterion, DirectorySearchResult, PartyInfo } from '../../../../src/o2g/contract';
import type { Directory } from '../directory';
import { SimError } from '../sim-error';

/** A search in progress: polled until it has handed over its results. */
interface SearchContext {
  readonly sessionId: string;
  readonly results: PartyInfo[];
  polls: number;
  lastUsedAt: number;
}

// Limits the Java SDK documents: 5 concurrent searches per session, an idle context dies after a minute.
const MAX_PER_SESSION = 5;
const IDLE_MS = 60_000;

/**
 * The asynchronous directory search over the lab's users. Like a real directory it does not answer at
 * once: the first poll says `NOK` (in progress), the next one gives the results in one batch (`OK`),
 * the one after says `FINISH` and frees the context; polling again then needs a new search (404).
 */
export class DirectorySearches {
  readonly #contexts = new Map<string, SearchContext>();

  constructor(private readonly directory: Directory) {}

  /** Starts (or restarts) the search of one session for one user. */
  start(sessionId: string, loginName: string, filter: DirectoryCriterion, limit: number, now: number): void {
    const key = `${sessionId} ${loginName}`;
    const open = [...this.#contexts.values()].filter((c) => c.sessionId === sessionId).length;
    if (!this.#contexts.has(key) && open >= MAX_PER_SESSION) {
      throw new SimError(
        'forbidden',
        `At most ${MAX_PER_SESSION} directory searches may run at once in a session`,
      );
    }
    const results = this.directory
      .users()
      .map((user): PartyInfo => ({
        id: { loginName: user.loginName, phoneNumber: user.companyPhone },
        firstName: user.firstName,
        lastName: user.lastName,
        type: { main: 'USER' },
      }))
      .filter((contact) => satisfies(contact, filter))
      .slice(0, limit);
    this.#contexts.set(key, { sessionId, results, polls: 0, lastUsedAt: now });
  }

  /** The next batch of the search; 404 when no search runs. */
  poll(sessionId: string, loginName: string, now: number): DirectorySearchResult {
    const key = `${sessionId} ${loginName}`;
    const context = this.#contexts.get(key);
    if (!context) throw new SimError('notFound', 'No directory search in progress; start one first');
    context.polls += 1;
    context.lastUsedAt = now;
    if (context.polls === 1) return { resultCode: 'NOK', resultElements: [] };
    if (context.polls === 2 && context.results.length > 0) {
      return {
        resultCode: 'OK',
        resultElements: context.results.map((contact) => ({ contacts: [contact] })),
      };
    }
    this.#contexts.delete(key);
    return { resultCode: 'FINISH', resultElements: [] };
  }

  /** Cancels the search; cancelling none is not an error. */
  cancel(sessionId: string, loginName: string): void {
    this.#contexts.delete(`${sessionId} ${loginName}`);
  }

  /** Frees the contexts nobody polled for a minute. */
  tick(now: number): void {
    for (const [key, context] of this.#contexts) {
      if (now - context.lastUsedAt >= IDLE_MS) this.#contexts.delete(key);
    }
  }

  /** Frees the contexts of a session that ended. */
  dropSession(sessionId: string): void {
    for (const [key, context] of this.#contexts) {
      if (context.sessionId === sessionId) this.#contexts.delete(key);
    }
  }

  get size(): number {
    return this.#contexts.size;
  }
}

function satisfies(contact: PartyInfo, criterion: DirectoryCriterion): boolean {
  if ('field' in criterion) {
    const value = fieldOf(contact, criterion.field).toLowerCase();
    const operand = criterion.operand.toLowerCase();
    switch (criterion.operation) {
      case 'EQUAL_IGNORE_CASE':
        return value === operand;
      case 'BEGIN_WITH':
        return value.startsWith(operand);
      case 'CONTAIN':
        return value.includes(operand);
      case 'END_WITH':
        return value.endsWith(operand);
    }
  }
  const results = criterion.operand.map((inner) => satisfies(contact, inner));
  return criterion.operation === 'AND' ? results.every(Boolean) : results.some(Boolean);
}

function fieldOf(
  contact: PartyInfo,
  field: 'lastName' | 'firstName' | 'id.phoneNumber' | 'id.loginName',
): string {
  if (field === 'id.phoneNumber') return contact.id.phoneNumber ?? '';
  if (field === 'id.loginName') return contact.id.loginName ?? '';
  return contact[field] ?? '';
}
