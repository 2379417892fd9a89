import type { PartyInfo } from '../../../../src/o2g/contract';
import type { LabUser } from '../../labs/load-lab';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import type { Outcome } from '../domain-events';
import { SimError } from '../sim-error';
import type { CountersChanged } from './event-summary';

/** A request to call someone back, left in that person's list. */
export interface CallbackRequest {
  readonly callbackId: string;
  readonly partyInfo: PartyInfo;
  readonly at: number;
}

/**
 * Callback requests: a user asks another (busy or not answering) to call back; the request waits in the
 * callee's incoming list and raises its `callBackRequestsNb` until deleted.
 */
export class CallbackRequests {
  readonly #byLogin = new Map<string, CallbackRequest[]>();
  #lastId = 0;

  constructor(
    private readonly directory: Directory,
    private readonly clock: Clock,
    private readonly countersChanged: CountersChanged,
  ) {}

  incoming(loginName: string): CallbackRequest[] {
    return this.#byLogin.get(loginName) ?? [];
  }

  /** `requester` asks the user at `callee` (an extension) to call back. */
  request(requester: LabUser, callee: string): Outcome<CallbackRequest> {
    const target = this.directory.userByPhoneNumber(callee);
    if (!target) throw new SimError('notFound', `No user has the number ${callee}`);
    if (target.loginName === requester.loginName)
      throw new SimError('badRequest', 'A user cannot ask itself for a callback');
    this.#lastId += 1;
    const at = this.clock.now();
    const request: CallbackRequest = {
      callbackId: String(this.#lastId),
      partyInfo: {
        id: { loginName: requester.loginName, phoneNumber: requester.companyPhone },
        firstName: requester.firstName,
        lastName: requester.lastName,
        type: { main: 'USER' },
      },
      at,
    };
    this.#byLogin.set(target.loginName, [...this.incoming(target.loginName), request]);
    return { result: request, events: [this.countersChanged(target.loginName, at)] };
  }

  /** Deletes one request (404 when unknown) or, without an id, all of them. */
  delete(loginName: string, callbackId?: string): Outcome<void> {
    const current = this.incoming(loginName);
    if (callbackId !== undefined && !current.some((c) => c.callbackId === callbackId)) {
      throw new SimError('notFound', `No callback request ${callbackId} for ${loginName}`);
    }
    const kept = callbackId === undefined ? [] : current.filter((c) => c.callbackId !== callbackId);
    if (kept.length === current.length) return { result: undefined, events: [] };
    this.#byLogin.set(loginName, kept);
    return { result: undefined, events: [this.countersChanged(loginName, this.clock.now())] };
  }
}
