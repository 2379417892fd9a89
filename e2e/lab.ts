import { expect } from '@playwright/test';
import { E2E_PORTS } from './lab-ports';

/** The embedded lab's test-only controls (on because the e2e run starts it with --controls). */
export class Lab {
  readonly controls = `http://127.0.0.1:${E2E_PORTS.simHttp}/__sim`;

  private async call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.controls}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok, `${method} ${path} answered ${response.status}`).toBe(true);
    return response.status === 204 ? undefined : response.json();
  }

  /** The lab back to its lab file: no sessions, no calls, no messages. */
  reset() {
    return this.call('POST', '/reset');
  }

  /** Moves the lab's clock, e.g. past a session's time to live. */
  advanceClock(seconds: number) {
    return this.call('POST', '/clock/advance', { seconds });
  }

  /** A summary of the lab: sessions per user, counters, mailboxes. */
  async state(): Promise<LabState> {
    return (await this.call('GET', '/state')) as LabState;
  }

  /** A call from outside (`from`, as the trunk presents it) to an extension; returns its callRef. */
  async incomingCall(from: string, to: string): Promise<string> {
    const { callRef } = (await this.call('POST', '/incoming-call', { from, to })) as { callRef: string };
    return callRef;
  }

  /** The simulated phone of `number` answers the call ringing on it: a colleague picks up. */
  answer(number: string) {
    return this.call('POST', `/phones/${number}/answer`);
  }

  /** The simulated phone of `number` hangs up whatever call it is in. */
  hangUp(number: string) {
    return this.call('POST', `/phones/${number}/hangup`);
  }

  /** Drops every open event stream (the subscriptions stay): what a network hiccup does to the console. */
  async dropEventStreams(): Promise<number> {
    const { dropped } = (await this.call('POST', '/events/drop')) as { dropped: number };
    return dropped;
  }

  /** Fails the next `count` O2G requests (lab controls are spared) with `status`. */
  failNextRequests(count: number, status = 503) {
    return this.call('POST', '/faults', { failNext: count, status });
  }

  /** Delays the next `count` O2G requests by `ms` each (lab controls are spared): a slow O2G. */
  delayNextRequests(ms: number, count = 1) {
    return this.call('POST', '/faults', { delayNextMs: ms, delayCount: count });
  }

  /** What is left of the planned faults: failures and delays still to come. */
  async faultsLeft(): Promise<LabState['faults']> {
    return (await this.state()).faults;
  }

  async sessionsOf(loginName: string): Promise<number> {
    const state = await this.state();
    if (loginName === 'admin') return state.administratorSessions;
    return state.users.find((user) => user.loginName === loginName)?.sessions ?? 0;
  }
}

export interface LabState {
  administratorSessions: number;
  users: { loginName: string; sessions: number; mailbox?: { messages: number; unread: number } }[];
  faults: { failNext: number; status: number; delayNextMs: number; delayCount: number };
}
