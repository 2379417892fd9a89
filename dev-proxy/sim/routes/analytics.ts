import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ChargingResult, Incident } from '../../../src/o2g/contract';
import { SimError } from '../model/sim-error';
import { sendO2g } from '../http/o2g-json';
import { inSession } from '../http/route-options';
import { countParam, flagParam, requireAdmin } from '../http/service-access';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const USAGES = `${O2G_PATHS.apiBase}/usages`;
const yyyymmdd = z
  .string()
  .regex(/^\d{8}$/, 'must be yyyyMMdd')
  .optional();

const incidentsQuery = z.object({ nodeId: z.string(), last: countParam });
const filesQuery = z.object({ nodeId: z.string(), fromDate: yyyymmdd, toDate: yyyymmdd });
const chargingQuery = z.object({
  nodeId: z.string(),
  fromDate: yyyymmdd,
  toDate: yyyymmdd,
  files: z.string().optional(),
  top: countParam,
  all: flagParam,
});

// What a freshly started lab OXE logs: seconds after start, number, severity and text of each incident.
const START_INCIDENTS = [
  { after: 5, value: '2036', severity: 6, type: 'CPU restart: software reset', main: true },
  {
    after: 40,
    value: '5105',
    severity: 4,
    type: 'SIP trunk group: registration to the carrier succeeded',
    main: true,
  },
  { after: 65, value: '0392', severity: 3, type: 'Voice mail server: 2 mailboxes initialised', main: true },
  { after: 90, value: '2201', severity: 5, type: 'License check: all API licences valid', main: false },
];

/** The administrator asking about the lab's node (a user gets 403; another node 404). */
function checkNode(request: FastifyRequest, nodeId: string): void {
  requireAdmin(request.o2gSession, 'Analytics');
  const labNode = request.server.sim.world.lab.oxe.nodeId;
  if (nodeId !== labNode) throw new SimError('notFound', `Unknown OXE node ${nodeId}`);
}

const two = (n: number) => String(n).padStart(2, '0');

/** Analytics (`/usages`): the node's incidents; the lab bills nothing, so it has no charging tickets. */
export function analyticsRoutes(app: SimApp): void {
  app.get(`${USAGES}/incidents`, inSession({ query: incidentsQuery }), (request, reply) => {
    const { nodeId, last } = request.query;
    checkNode(request, nodeId);
    const { startedAt } = request.server.sim.world;
    const incidents = START_INCIDENTS.map(({ after, ...incident }): Incident => {
      const when = new Date(startedAt + after * 1000);
      return {
        ...incident,
        date: `${two(when.getUTCDate())}/${two(when.getUTCMonth() + 1)}/${two(when.getUTCFullYear() % 100)}`,
        hour: `${two(when.getUTCHours())}:${two(when.getUTCMinutes())}:${two(when.getUTCSeconds())}`,
        nbOccurs: 1,
        node: nodeId,
      };
    }).reverse();
    return sendO2g(reply, { incidents: last ? incidents.slice(0, last) : incidents });
  });

  app.get(`${USAGES}/charging/files`, inSession({ query: filesQuery }), (request, reply) => {
    checkNode(request, request.query.nodeId);
    return sendO2g(reply, { files: [] });
  });

  app.get(`${USAGES}/charging`, inSession({ query: chargingQuery }), (request, reply) => {
    const { nodeId, fromDate, toDate } = request.query;
    checkNode(request, nodeId);
    const answer: ChargingResult = {
      chargings: [],
      fromDate,
      toDate,
      nbChargingFiles: 0,
      totalTicketNb: 0,
      valuableTicketNb: 0,
    };
    return sendO2g(reply, answer);
  });
}
