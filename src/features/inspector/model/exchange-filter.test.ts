import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterExchanges, isFiltering, methodsIn } from './exchange-filter';
import { exchange, failedRequest, rawAuthenticate, rawMailboxLogin } from '../testing/test-exchanges';

const log = [
  exchange(),
  rawAuthenticate,
  rawMailboxLogin,
  failedRequest,
  exchange({ id: 5, status: 404, url: '/o2g/https/h:1/api/rest/1.0/users/oxe2009' }),
];
const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterExchanges(log, { ...NO_FILTER, ...filter }).map((e) => e.id);

describe('exchange filter', () => {
  it('shows everything with no filter', () => {
    expect(ids({})).toEqual([1, 2, 3, 4, 5]);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('matches every word of the text against method, URL and status', () => {
    expect(ids({ text: 'authenticate' })).toEqual([2]);
    expect(ids({ text: 'post mailboxes' })).toEqual([3]);
    expect(ids({ text: '404' })).toEqual([5]);
    expect(ids({ text: "O'BRIEN" })).toEqual([3]);
    expect(ids({ text: 'sessions delete' })).toEqual([4]);
    expect(ids({ text: 'nothing-like-this' })).toEqual([]);
  });

  it('filters errors (no answer or 4xx/5xx) and successes (2xx)', () => {
    expect(ids({ status: 'errors' })).toEqual([4, 5]);
    expect(ids({ status: 'success' })).toEqual([1, 2, 3]);
  });

  it('filters by method and combines with the rest', () => {
    expect(ids({ methods: ['GET'] })).toEqual([1, 2, 5]);
    expect(ids({ methods: ['GET', 'DELETE'], status: 'errors' })).toEqual([4, 5]);
    expect(isFiltering({ ...NO_FILTER, methods: ['GET'] })).toBe(true);
  });

  it('lists the methods seen, in the usual order', () => {
    expect(methodsIn([...log, exchange({ method: 'PUT' })])).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
  });
});
