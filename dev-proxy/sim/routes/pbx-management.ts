import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pbxAttributeSchema, type PbxObject } from '../../../src/o2g/contract';
import {
  nodeObject,
  parseInstanceFilter,
  SUBSCRIBER_MODEL,
  subscriberObject,
  WRITABLE_SUBSCRIBER_ATTRIBUTES,
} from '../model/services/pbx-objects';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody, parseQuery } from '../http/parse-request';
import { requireAdmin } from '../http/service-access';
import { commit, requireSession } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';

const PBXS = `${O2G_PATHS.apiBase}/pbxs`;
type NodeParams = { Params: { nodeId: string } };
type InstanceParams = { Params: { nodeId: string; '*': string } };

const instanceQuery = z.object({ filter: z.string().optional(), attributes: z.string().optional() });
const changeBody = z.object({ attributes: z.array(pbxAttributeSchema).min(1) });

/** The administrator's node: 403 for a user session, 404 for another node than the lab's. */
function labNode(request: FastifyRequest<{ Params: { nodeId: string } }>): string {
  requireAdmin(requireSession(request), 'PbxManagement');
  const { nodeId } = request.server.sim.world.lab.oxe;
  if (request.params.nodeId !== nodeId)
    throw new SimError('notFound', `Unknown OXE node ${request.params.nodeId}`);
  return nodeId;
}

/** The object path after `instances/`: `Subscriber` or `Subscriber/{id}`; deeper objects are not modelled. */
function objectPath(request: FastifyRequest<InstanceParams>): { objectName: string; objectId?: string } {
  const [objectName = '', objectId, ...deeper] = request.params['*'].split('/').filter((part) => part !== '');
  if (objectName !== 'Subscriber' || deeper.length > 0)
    throw new SimError('notFound', `No object ${request.params['*']} in the lab's OXE`);
  return { objectName, objectId };
}

function subscriber(request: FastifyRequest, objectId: string) {
  const user = request.server.sim.world.directory.userByPhoneNumber(objectId);
  if (!user) throw new SimError('notFound', `No Subscriber ${objectId}`);
  return user;
}

/** PbxManagement (`/pbxs`): the lab's one OXE node and its Subscribers; administrators only. */
export function pbxManagementRoutes(app: FastifyInstance): void {
  app.get(PBXS, (request, reply) => {
    requireAdmin(requireSession(request), 'PbxManagement');
    return sendO2g(reply, { nodeIds: [request.server.sim.world.lab.oxe.nodeId] });
  });

  app.get<NodeParams>(`${PBXS}/:nodeId`, (request, reply) => {
    const nodeId = labNode(request);
    return sendO2g(reply, { nodeId: Number(nodeId), fqdn: `oxe-node-${nodeId}.lab` });
  });

  app.get<NodeParams>(`${PBXS}/:nodeId/model`, (request, reply) => {
    labNode(request);
    return sendO2g(reply, { objectName: 'Node', get: true, attributes: [], objects: [SUBSCRIBER_MODEL] });
  });

  app.get<NodeParams & { Params: { objectName: string } }>(
    `${PBXS}/:nodeId/model/:objectName`,
    (request, reply) => {
      labNode(request);
      if (request.params.objectName !== 'Subscriber')
        throw new SimError('notFound', `No object model ${request.params.objectName}`);
      return sendO2g(reply, SUBSCRIBER_MODEL);
    },
  );

  app.get<NodeParams>(`${PBXS}/:nodeId/instances`, (request, reply) =>
    sendO2g(reply, nodeObject(labNode(request))),
  );

  app.get<InstanceParams>(`${PBXS}/:nodeId/instances/*`, (request, reply) => {
    labNode(request);
    const { objectName, objectId } = objectPath(request);
    const { filter, attributes } = parseQuery(instanceQuery, request.query);
    if (objectId === undefined) {
      const test = filter === undefined ? () => true : parseInstanceFilter(filter);
      const objects = request.server.sim.world.directory.users().map(subscriberObject).filter(test);
      return sendO2g(reply, { objectName, objectIds: objects.map((o) => o.objectId ?? '') });
    }
    const object = subscriberObject(subscriber(request, objectId));
    const wanted = attributes?.split(',').map((name) => name.trim());
    const shown: PbxObject = wanted
      ? { ...object, attributes: object.attributes.filter((a) => wanted.includes(a.name)) }
      : object;
    return sendO2g(reply, shown);
  });

  // Renaming a Subscriber renames its O2G user (OnUserInfoChanged); every other change is refused.
  app.put<InstanceParams>(`${PBXS}/:nodeId/instances/*`, (request, reply) => {
    labNode(request);
    const { objectId } = objectPath(request);
    if (objectId === undefined) throw new SimError('methodNotAllowed', 'Name the instance to modify');
    const user = subscriber(request, objectId);
    const { attributes } = parseBody(changeBody, request.body);
    const refused = attributes.filter(
      (a) => !(WRITABLE_SUBSCRIBER_ATTRIBUTES as readonly string[]).includes(a.name),
    );
    if (refused.length > 0) {
      throw new SimError(
        'forbidden',
        `The lab lets you change only ${WRITABLE_SUBSCRIBER_ATTRIBUTES.join(' and ')}`,
        {
          innerMessage: `Refused: ${refused.map((a) => a.name).join(', ')}`,
        },
      );
    }
    const value = (name: string) => attributes.find((a) => a.name === name)?.value[0];
    const { world } = request.server.sim;
    const names = {
      lastName: value('Annu_Name') ?? user.lastName,
      firstName: value('Annu_First_Name') ?? user.firstName,
    };
    commit(request, world.directory.rename(user.loginName, names, world.clock.now()));
    return sendNoContent(reply);
  });

  // The lab's five subscribers are fixed: creating or deleting one is refused, as with a read-only account.
  for (const method of ['POST', 'DELETE'] as const) {
    app.route<InstanceParams>({
      method,
      url: `${PBXS}/:nodeId/instances/*`,
      handler: (request) => {
        labNode(request);
        objectPath(request);
        throw new SimError('forbidden', 'The lab does not let you create or delete subscribers');
      },
    });
  }
}
