import { z } from 'zod';
import {
  comRecordAckRequestSchema,
  type ComRecord,
  type ComRecordQueryResult,
  type PartyInfo,
} from '../../../src/o2g/contract';
import type { ComRecordFilter } from '../model/services/comlog-book';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { actingOnUser } from '../http/route-options';
import { countParam, flagParam, loginNameParam, userServices } from '../http/service-access';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const RECORDS = `${O2G_PATHS.apiBase}/comlog/records`;

// The SDKs send instants as `…T…Z`, with or without milliseconds.
const instantParam = z
  .string()
  .refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO-8601 instant')
  .transform((text) => Date.parse(text))
  .optional();

const filterShape = {
  loginName: loginNameParam,
  afterDate: instantParam,
  beforeDate: instantParam,
  unacknowledged: flagParam,
  unanswered: flagParam,
  role: z.enum(['CALLER', 'CALLEE']).optional(),
  comRef: z.string().optional(),
  remotePartyId: z.string().optional(),
};
const queryQuery = z.object({ ...filterShape, offset: countParam, limit: countParam, optimized: flagParam });
const deleteQuery = z.object({
  ...filterShape,
  recordIdList: z
    .string()
    .regex(/^\s*\d+\s*(,\s*\d+\s*)*$/, 'must be record ids separated by commas')
    .optional(),
});
const ackQuery = z.object({
  loginName: loginNameParam,
  acknowledge: z.enum(['true', 'false'], { error: 'must be true or false' }),
});
const recordParams = z.object({
  recordId: z
    .string()
    .regex(/^\d{1,15}$/, 'must be a record id (a number)')
    .transform(Number),
});

const filterOf = (query: ComRecordFilter & Record<string, unknown>): ComRecordFilter => ({
  afterDate: query.afterDate,
  beforeDate: query.beforeDate,
  unacknowledged: query.unacknowledged,
  unanswered: query.unanswered,
  role: query.role,
  comRef: query.comRef,
  remotePartyId: query.remotePartyId,
});

/** `optimized`: a party's full identity only the first time it appears in the answer, its number after. */
function optimize(records: ComRecord[]): ComRecord[] {
  const seen = new Set<string>();
  const slim = (identity: PartyInfo): PartyInfo => {
    const key = identity.id.loginName ?? identity.id.phoneNumber ?? '';
    if (!seen.has(key)) {
      seen.add(key);
      return identity;
    }
    return {
      id: identity.id.phoneNumber === undefined ? identity.id : { phoneNumber: identity.id.phoneNumber },
    };
  };
  return records.map((record) => ({
    ...record,
    participants: record.participants.map((p) => ({ ...p, identity: slim(p.identity) })),
  }));
}

/** The Comlog service (`/comlog/records`): the user's call history, acknowledgements and deletes. */
export function comlogRoutes(app: SimApp): void {
  app.get(RECORDS, actingOnUser({ query: queryQuery }), (request, reply) => {
    const { query } = request;
    const matching = userServices(request).comlog.query(request.actedOn.loginName, filterOf(query));
    const offset = query.offset ?? 0;
    const page = matching
      .slice(offset, query.limit === undefined ? undefined : offset + query.limit)
      .map((s) => s.record);
    const answer: ComRecordQueryResult = {
      offset,
      limit: query.limit,
      totalCount: matching.length,
      comHistoryRecords: query.optimized ? optimize(page) : page,
    };
    return sendO2g(reply, answer);
  });

  app.get(`${RECORDS}/:recordId`, actingOnUser({ params: recordParams }), (request, reply) => {
    const { comlog } = userServices(request);
    return sendO2g(reply, comlog.record(request.actedOn.loginName, request.params.recordId).record);
  });

  app.delete(`${RECORDS}/:recordId`, actingOnUser({ params: recordParams }), (request, reply) => {
    const { loginName } = request.actedOn;
    const { recordId } = request.params;
    const { comlog } = userServices(request);
    comlog.record(loginName, recordId);
    commit(request, comlog.delete(loginName, { ids: [recordId] }));
    return sendNoContent(reply);
  });

  // By `recordIdList` (comma-separated), else by the query's filters; no filter at all clears the log.
  app.delete(RECORDS, actingOnUser({ query: deleteQuery }), (request, reply) => {
    const { query } = request;
    const filter = filterOf(query);
    const which =
      query.recordIdList !== undefined
        ? { ids: query.recordIdList.split(',').map((id) => Number(id.trim())) }
        : Object.values(filter).some((value) => value !== undefined && value !== false)
          ? { filter }
          : 'all';
    commit(request, userServices(request).comlog.delete(request.actedOn.loginName, which));
    return sendNoContent(reply);
  });

  // Unknown ids and records already in the asked state are skipped.
  app.put(RECORDS, actingOnUser({ query: ackQuery }), (request, reply) => {
    const { recordIds } = parseBody(comRecordAckRequestSchema, request.body);
    const { comlog } = userServices(request);
    const acknowledge = request.query.acknowledge === 'true';
    commit(request, comlog.acknowledge(request.actedOn.loginName, recordIds.map(Number), acknowledge));
    return sendNoContent(reply);
  });
}
