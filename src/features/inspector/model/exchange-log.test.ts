import { describe, expect, it } from 'vitest';
import type { O2gExchange } from '../../../o2g/http';
import { createExchangeLog } from './exchange-log';

const exchange = (id: number, url: string): O2gExchange => ({
  id,
  method: 'GET',
  url,
  startedAt: 0,
  durationMs: 3,
  requestHeaders: {},
  status: 200,
  responseHeaders: {},
});

describe('createExchangeLog', () => {
  it("logs O2G exchanges and leaves out the console's question to its own proxy", () => {
    const log = createExchangeLog();
    log.add(exchange(1, '/o2g/__targets'));
    log.add(exchange(2, 'http://127.0.0.1:5173/o2g/__targets'));
    log.add(exchange(3, 'http://127.0.0.1:5173/o2g/https/lab/api/rest/1.0/logins'));
    expect(log.snapshot().map((entry) => entry.id)).toEqual([3]);
  });

  it('keeps the newest exchanges up to its limit', () => {
    const log = createExchangeLog(2);
    for (const id of [1, 2, 3]) log.add(exchange(id, `/o2g/https/lab/api/rest/1.0/users/${id}`));
    expect(log.snapshot().map((entry) => entry.id)).toEqual([2, 3]);
  });
});
