// The lab pool lends each component test a lab of its own, and a lab given back comes back as new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLabPool, type PooledLab, type RunningLabPool } from './lab-pool';

let pool: RunningLabPool;
beforeAll(async () => void (pool = await startLabPool()));
afterAll(() => pool.close());

async function claim(changes?: Record<string, unknown>): Promise<PooledLab> {
  const response = await fetch(`${pool.url}/labs`, {
    method: 'POST',
    ...(changes && { body: JSON.stringify(changes) }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as PooledLab;
}

const giveBack = (lab: PooledLab) => fetch(`${pool.url}/labs/${lab.id}`, { method: 'DELETE' });

async function stateOf(lab: PooledLab) {
  const response = await fetch(`${lab.controlsUrl}/state`);
  return (await response.json()) as { users: unknown[]; faults: { failNext: number } };
}

describe('the lab pool', () => {
  it('lends two tests two labs, each an O2G behind its own proxy', async () => {
    const [first, second] = await Promise.all([claim(), claim()]);
    expect(first.discoveryUrl).not.toBe(second.discoveryUrl);
    const discovery = await fetch(first.discoveryUrl);
    expect(discovery.status).toBe(200);
    expect(await discovery.json()).toMatchObject({ serverInfo: { productName: 'O2G Services 2.2.1' } });
    expect((await stateOf(second)).users).toHaveLength(5);
    await Promise.all([giveBack(first), giveBack(second)]);
  });

  it('lends a lab given back again, reset: what the last test did is gone', async () => {
    const used = await claim();
    await fetch(`${used.controlsUrl}/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ failNext: 3 }),
    });
    expect((await stateOf(used)).faults.failNext).toBe(3);
    expect((await giveBack(used)).status).toBe(204);

    const next = await claim();
    expect(next.discoveryUrl).toBe(used.discoveryUrl);
    expect(next.id).not.toBe(used.id);
    expect((await stateOf(next)).faults.failNext).toBe(0);
    // A claim is given back once.
    expect((await giveBack(used)).status).toBe(404);
    await giveBack(next);
  });

  it('starts a variant of the lab file on request, and does not lend it again', async () => {
    const empty = await claim({ users: [], huntingGroups: [] });
    expect((await stateOf(empty)).users).toEqual([]);
    await giveBack(empty);
    const next = await claim();
    expect(next.discoveryUrl).not.toBe(empty.discoveryUrl);
    expect((await stateOf(next)).users).toHaveLength(5);
    await giveBack(next);
  });

  it('refuses a variant that is no lab file, saying why', async () => {
    const response = await fetch(`${pool.url}/labs`, { method: 'POST', body: '{"users": "none"}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/users/);
  });
});
