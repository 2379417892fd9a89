import type { FastifyInstance } from 'fastify';
import type { SystemStatus } from '../../../src/o2g/contract';
import type { World } from '../model/world';
import { sendO2g } from '../http/o2g-json';
import { requireAdmin } from '../http/service-access';
import { inSession } from '../http/route-options';
import { O2G_PATHS } from '../http/sim-context';

// The licences of a lab O2G: every API licence, plenty of them.
const LICENCES = [
  'ROXE_API_TEL_BASIC',
  'ROXE_API_TEL_ADVANCED',
  'ROXE_API_MESSAGING',
  'ROXE_API_MANAGEMENT',
  'ROXE_API_PHONESETPROG',
  'ROXE_API_ANALYTICS',
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The capture of a real status keeps these false values; every other false is left out as elsewhere.
const KEEP_FALSE = [
  'ha',
  'connected',
  'loaded',
  'secured',
  'lmsConnectionStatus',
  'application',
  'tcollected',
  'callCenterFeaturesActive',
];

/** `31-dec-2027`: the licence date format of the capture. */
function licenceDate(ms: number): string {
  const date = new Date(ms);
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${day}-${MONTHS[date.getUTCMonth()] ?? ''}-${date.getUTCFullYear()}`;
}

/** Licences in use: a user session takes a TEL_ADVANCED licence, an administrator session a MANAGEMENT one. */
function licencesUsed(world: World): Map<string, number> {
  const count = (logins: readonly { loginName: string }[]) =>
    logins.reduce((n, { loginName }) => n + world.sessions.sessionsOf(loginName).length, 0);
  return new Map([
    ['ROXE_API_TEL_ADVANCED', count(world.directory.users())],
    ['ROXE_API_MANAGEMENT', count(world.lab.administrators)],
  ]);
}

/** The Maintenance service (`/system`): the O2G's status, its OXE node and licences; administrators only. */
export function maintenanceRoutes(app: FastifyInstance): void {
  app.get(`${O2G_PATHS.apiBase}/system/status`, inSession(), (request, reply) => {
    requireAdmin(request.o2gSession, 'Maintenance');
    const { world } = request.server.sim;
    const { lab, startedAt, directory, system } = world;
    const host = request.host.replace(/:\d+$/, '') || 'localhost';
    const used = licencesUsed(world);
    const expired = system.licenceExpiresAt < world.clock.now();
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
          connected: system.pbxConnected,
          loaded: system.loaded,
          ctiLinkState: system.ctiConnected ? 'CONNECTED_MAIN' : 'DISCONNECTED',
          secured: true,
          monitoredUserNumber: directory.users().length,
          lmsConnectionStatus: false,
        },
      ],
      recordingStatus: { oxrs: [], devices: [] },
      license: {
        type: 'FLEXLM',
        context: '',
        currentServer: 'localhost',
        status: expired ? 'EXPIRED' : 'NORMAL',
        statusMessage: '',
        lics: LICENCES.map((name) => ({
          name,
          total: 200000,
          currentUsed: used.get(name) ?? 0,
          expiration: licenceDate(system.licenceExpiresAt),
          application: true,
        })),
      },
      systemResources: { fqdn: host, ip: '127.0.0.1' },
      tcollected: false,
      callCenterFeaturesActive: false,
      configurationType: 'FULL_SERVICES',
      subscriberFilter: 'ALL',
    };
    return sendO2g(reply, status, { keepFalse: KEEP_FALSE });
  });
}
