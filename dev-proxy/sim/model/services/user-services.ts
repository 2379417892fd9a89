import type { EventSummary } from '../../../../src/o2g/contract';
import type { Lab } from '../../labs/load-lab';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import type { DomainEvent } from '../domain-events';
import type {} from '../calls/telephony-events';
import { CallbackRequests } from './callback-requests';
import { ComlogBook } from './comlog-book';
import { comlogEntriesFromCall } from './comlog-from-call';
import { DirectorySearches } from './directory-searches';
import { eventSummaryOf, type CountersChanged } from './event-summary';
import { Mailboxes } from './mailboxes';
import { PhoneSets } from './phone-sets';
import { RoutingBook } from './routing-book';

/**
 * The per-user services of the O2G beside telephony: voicemail, comlog, routing, callbacks, directory
 * search and phone-set programming, plus the event summary computed from them. Built from the lab, so
 * a reset is a new instance.
 */
export class UserServices {
  readonly mailboxes: Mailboxes;
  readonly comlog: ComlogBook;
  readonly routing: RoutingBook;
  readonly callbacks: CallbackRequests;
  readonly directorySearches: DirectorySearches;
  readonly phoneSets: PhoneSets;

  constructor(
    lab: Lab,
    private readonly directory: Directory,
    clock: Clock,
  ) {
    const countersChanged: CountersChanged = (loginName, at) => ({
      type: 'eventSummaryChanged',
      at,
      loginName,
      eventSummary: this.eventSummary(loginName),
    });
    this.mailboxes = new Mailboxes(lab, directory, clock, countersChanged);
    this.comlog = new ComlogBook(clock, countersChanged);
    this.routing = new RoutingBook(lab, clock);
    this.callbacks = new CallbackRequests(directory, clock, countersChanged);
    this.directorySearches = new DirectorySearches(directory);
    this.phoneSets = new PhoneSets(lab);
  }

  /** The user's counters, as `GET …/eventSummary` and `OnEventSummaryUpdated` show them. */
  eventSummary(loginName: string): EventSummary {
    return eventSummaryOf(
      {
        unreadVoiceMessages: (login) => this.mailboxes.unreadCount(login),
        missedCalls: (login) => this.comlog.missedCalls(login),
        callbackRequests: (login) => this.callbacks.incoming(login).length,
      },
      loginName,
    );
  }

  /**
   * What other parts' facts cause here: a deposit stores a message, an ended call writes the comlogs,
   * a closed session loses its directory searches.
   */
  react(event: DomainEvent): DomainEvent[] {
    if (event.type === 'sessionClosed') this.directorySearches.dropSession(event.sessionId);
    if (event.type === 'voicemailDeposited') return this.mailboxes.deposit(event);
    if (event.type === 'callEnded') {
      return comlogEntriesFromCall(event, this.directory).flatMap(({ loginName, entry }) =>
        this.comlog.add(loginName, entry),
      );
    }
    return [];
  }

  /** Lets time act: idle directory searches are freed. */
  tick(now: number): DomainEvent[] {
    this.directorySearches.tick(now);
    return [];
  }
}
