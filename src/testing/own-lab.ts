// Component tests run against a real lab: each test gets an embedded lab of its own (from the pool the
// web project's global setup starts, dev-proxy/testing/lab-pool.ts), signs in through the console's own
// O2G client, and plays the other parties with the lab's controls. The lab goes when the test ends.
import { inject, onTestFinished } from 'vitest';
import type { O2gClient } from '../o2g/client';
import { createO2gClient } from '../o2g/client';
import { EVENT_PACKAGE_NAMES } from '../o2g/contract';
import { connectEvents } from '../o2g/event-connection';
import type { O2gSession } from '../o2g/session';
import { signIn } from '../o2g/session';

// The same key as the pool's global setup declares, for the console's own type check.
declare module 'vitest' {
  export interface ProvidedContext {
    labPoolUrl: string;
  }
}

/** A lab of one test's own: discovery through its dev proxy, and its test controls. */
export interface OwnLab {
  discoveryUrl: string;
  /** Where the lab's test controls answer (its `/__sim`), reached directly, not through the proxy. */
  controlsUrl: string;
  /** Calls a lab control (`POST /phones/2002/answer`…) and returns its JSON answer; fails on an error. */
  control(method: string, path: string, body?: unknown): Promise<unknown>;
  /** What the lab holds for one user (`GET /__sim/state`): routing, mailbox counters… */
  userState(loginName: string): Promise<LabUserState>;
}

/** One user in the lab's state summary (the members the tests read). */
export interface LabUserState {
  loginName: string;
  routing: unknown;
  mailbox?: { id: string; messages: number; unread: number };
}

/**
 * Starts a lab for the running test; it is stopped when the test ends. `changes` replace members of the
 * embedded lab file, e.g. `{ users: [], huntingGroups: [] }` for an O2G with no users yet.
 */
export async function startOwnLab(changes?: Record<string, unknown>): Promise<OwnLab> {
  const pool = inject('labPoolUrl');
  const started = await fetch(`${pool}/labs`, {
    method: 'POST',
    ...(changes && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(changes) }),
  });
  if (started.status !== 201)
    throw new Error(`the lab pool answered ${started.status}: ${await started.text()}`);
  const lab = (await started.json()) as { id: string; discoveryUrl: string; controlsUrl: string };
  onTestFinished(async () => {
    await fetch(`${pool}/labs/${lab.id}`, { method: 'DELETE' });
  });
  const control: OwnLab['control'] = async (method, path, body) => {
    const response = await fetch(`${lab.controlsUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`lab control ${method} ${path} answered ${response.status}`);
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };
  return {
    discoveryUrl: lab.discoveryUrl,
    controlsUrl: lab.controlsUrl,
    control,
    userState: async (loginName) => {
      const state = (await control('GET', '/state')) as { users: LabUserState[] };
      const found = state.users.find((candidate) => candidate.loginName === loginName);
      if (!found) throw new Error(`the lab has no user ${loginName}`);
      return found;
    },
  };
}

/** The lab's accounts: `admin`/`admin`, and each user's password is their extension (oxe2001 → 2001). */
const passwordOf = (loginName: string) => (loginName === 'admin' ? 'admin' : loginName.replace(/^oxe/, ''));

/** A console client signed in to the lab, as after the sign-in page: its session is the client's. */
export interface SignedIn {
  client: O2gClient;
  session: O2gSession;
}

/** Signs in to the lab through the console's own client and makes the session the client's. */
export async function signInTo(lab: OwnLab, loginName: string): Promise<SignedIn> {
  const client = createO2gClient();
  const session = await signIn(client.http, {
    discoveryUrl: lab.discoveryUrl,
    loginName,
    password: passwordOf(loginName),
    applicationName: 'component-test',
    urlKind: 'public',
  });
  client.session.set(session);
  return { client, session };
}

/** The requests the client makes from now on (method and URL), as the inspector sees them. */
export function requestsOf(client: O2gClient): string[] {
  const requests: string[] = [];
  const stop = client.exchanges.subscribe((exchange) => requests.push(`${exchange.method} ${exchange.url}`));
  onTestFinished(stop);
  return requests;
}

/**
 * Opens the session's event channel as the signed-in console does and hands its events to
 * `client.events`; resolves once the channel is live. Stopped (subscription deleted) when the test ends.
 */
export async function listenToEvents({ client, session }: SignedIn): Promise<void> {
  const connection = connectEvents(client.http, session, {
    names: EVENT_PACKAGE_NAMES,
    onEvent: (event) => client.events.emit(event),
    onState: (state) => client.channel.set(state),
  });
  onTestFinished(() => connection.stop());
  await new Promise<void>((resolve) => {
    const stop = client.channel.subscribe(() => {
      if (client.channel.get() !== 'live') return;
      stop();
      resolve();
    });
  });
}
