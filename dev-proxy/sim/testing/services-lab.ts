// A simulator on a free port for the per-user services' HTTP tests: a manual clock, the embedded lab,
// and helpers for the O2G error bodies and event streams those tests check.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { o2gErrorBodySchema, subscriptionAnswerSchema, type O2gErrorBody } from '../../../src/o2g/contract';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { EventStreamReader } from './event-stream';
import type { TestSession } from './o2g-session';
import { listenOnFreePort } from './sim-http';

export interface ServicesLab {
  clock: ManualClock;
  world: World;
  origin: string;
  close(): Promise<void>;
}

export async function startServicesLab(options: { controls?: boolean } = {}): Promise<ServicesLab> {
  const clock = new ManualClock();
  const world = new World(loadLab(), clock);
  const app: FastifyInstance = createSimApp(world, { controls: options.controls ?? false });
  const origin = await listenOnFreePort(app);
  return { clock, world, origin, close: () => app.close() };
}

/** Checks a refusal: its status and a parseable O2G error body with the same code. */
export async function expectO2gError(response: Response, code: number): Promise<O2gErrorBody> {
  expect(response.status).toBe(code);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = o2gErrorBodySchema.parse(await response.json());
  expect(body.code).toBe(code);
  return body;
}

/** Subscribes the session to packages and opens its event stream past the "Chunk started" line. */
export async function openEventStream(
  session: TestSession,
  names: string[],
  ids?: string[],
): Promise<EventStreamReader> {
  const response = await session.send('POST', '/subscriptions', {
    filter: { selectors: [{ ...(ids && { ids }), names }] },
    version: '1.0',
    timeout: 0,
  });
  expect(response.status).toBe(200);
  const { publicPollingUrl } = subscriptionAnswerSchema.parse(await response.json());
  const stream = await EventStreamReader.open(publicPollingUrl);
  expect(await stream.next()).toEqual({ eventName: 'OnChannelInformation', text: 'Chunk started' });
  return stream;
}
