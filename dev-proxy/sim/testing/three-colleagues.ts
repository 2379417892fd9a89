// The cast of the call scenarios: a lab with its controls on, and Alice, Bruno and Chloé signed in.
import { expect } from 'vitest';
import { openTestSession, type TestSession } from './o2g-session';
import { startServicesLab, type ServicesLab } from './services-lab';

export interface ThreeColleagues {
  lab: ServicesLab;
  alice: TestSession;
  bruno: TestSession;
  chloe: TestSession;
}

/** Starts a lab (controls on) and signs in oxe2001, oxe2002 and oxe2003; the caller closes the lab. */
export async function startThreeColleagues(): Promise<ThreeColleagues> {
  const lab = await startServicesLab({ controls: true });
  const [alice, bruno, chloe] = await Promise.all([
    openTestSession(lab.origin, 'oxe2001', '2001'),
    openTestSession(lab.origin, 'oxe2002', '2002'),
    openTestSession(lab.origin, 'oxe2003', '2003'),
  ]);
  return { lab, alice, bruno, chloe };
}

/** Awaits a request the scenario expects to succeed, showing the body when it did not. */
export async function ok(response: Promise<Response>): Promise<Response> {
  const answer = await response;
  expect(answer.status, await answer.clone().text()).toBeLessThan(300);
  return answer;
}
