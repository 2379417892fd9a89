import type { FastifyInstance } from 'fastify';
import type { SystemStatus } from '../../../src/o2g/contract';
import { sendO2g } from '../http/o2g-json';
import { requireAdmin } from '../http/service-access';
import { requireSession } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';

// The licences of a lab O2G: every API licence, plenty of them, valid to the end of next year.
const LICENCES = [
  'ROXE_API_TEL_BASIC',
  'ROXE_API_TEL_ADVANCED',
  'ROXE_API_MESSAGING',
  'ROXE_API_MANAGEMENT',
  'ROXE_API_PHONESETPROG',
  'ROXE_API_ANALYTICS',
];

/** The Maintenance service (`/system`): the O2G's status, its OXE node and licences; administrators only. */
export function maintenanceRoutes(app: FastifyInstance): void {
  app.get(`${O2G_PATHS.apiBase}/system/status`, (request, reply) => {
    const session = requireSession(request);
    requireAdmin(session, 'Maintenance');
    const { lab, startedAt, directory, clock } = request.server.sim.world;
    const host = request.host.replace(/:\d+$/, '') || 'localhost';
    const expiryYear = new Date(clock.now()).getUTCFullYear() + 1;
    const status: SystemStatus = {
      logicalAddress: { fqdn: host, ip: '127.0.0.1' },
      startDate: new Date(startedAt).toISOString(),
      ha: lab.product.haMode,
      primary: host,
      primaryVersion: `${lab.product.productVersion.major}.${lab.product.productVersion.minor}`,
      primaryServicesStatus: {
        services: ['apache', 'flexlm', 'postgresql', 'tomcat'].map((name) => ({ name, status: 'STARTED' })),
        globalIPAdress: '',
        drbd: '',
      },
      pbxs: [
        {
          name: `oxe-node-${lab.oxe.nodeId}`,
          nodeId: Number(lab.oxe.nodeId),
          mainAddress: { fqdn: `oxe-node-${lab.oxe.nodeId}.lab`, ip: '127.0.0.2' },
          secondaryAddress: {},
          version: 'n4.513.9',
          connected: true,
          loaded: true,
          ctiLinkState: 'CONNECTED_MAIN',
          secured: true,
          monitoredUserNumber: directory.users().length,
          lmsConnectionStatus: false,
        },
      ],
      license: {
        type: 'FLEXLM',
        context: '',
        currentServer: 'localhost',
        status: 'NORMAL',
        statusMessage: '',
        lics: LICENCES.map((name) => ({
          name,
          total: 200000,
          currentUsed: 0,
          expiration: `31-dec-${expiryYear}`,
          application: true,
        })),
      },
      systemResources: { fqdn: host, ip: '127.0.0.1' },
      configurationType: 'FULL_SERVICES',
      subscriberFilter: 'ALL',
    };
    return sendO2g(reply, status);
  });
}
