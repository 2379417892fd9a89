import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pbxAttributeSchema, type PbxObject } from '../../../src/o2g/contract';
import { nodeObject, parseInstanceFilter } from '../model/services/pbx-objects';
import { SUBSCRIBER_MODEL, TSC_IP_SUBSCRIBER_MODEL } from '../model/services/pbx-subscriber-model';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody, parseQuery } from '../http/parse-request';
import { withQuery } from '../http/route-query';
import { flagParam, requireAdmin } from '../http/service-access';
import { commit, requireSession } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import { parseObjectPath, type ObjectPath } from './pbx-object-path';

const PBXS = `${O2G_PATHS.apiBase}/pbxs`;
const INSTANCES = `${PBXS}/:nodeId/instances/*`;
type NodeParams = { Params: { nodeId: string } };
type InstanceParams = { Params: { nodeId: string; '*': string } };

const listQuery = z.object({ filter: z.string().optional(), attributes: z.string().optional() });
const deleteQuery = z.object({ force: flagParam });
const attributesBody = z.object({ attributes: z.array(pbxAttributeSchema).min(1) });
const MODELS = [SUBSCRIBER_MODEL, TSC_IP_SUBSCRIBER_MODEL];

/** The administrator's node: 403 for a user session, 404 for another node than the lab's. */
function labNode(request: FastifyRequest<{ Params: { nodeId: string } }>): string {
  requireAdmin(requireSession(request), 'PbxManagement');
  const { nodeId } = request.server.sim.world.lab.oxe;
  if (request.params.nodeId !== nodeId)
    throw new SimError('notFound', `Unknown OXE node ${request.params.nodeId}`);
  return nodeId;
}

/** The object path of an instances request, on the lab's node. */
function pathOf(request: FastifyRequest<InstanceParams>): ObjectPath {
  labNode(request);
  // Fastify's wildcard is decoded: `Subscriber/%2F` would read as the Subscriber list.
  const url = request.raw.url ?? '';
  const encoded = url.slice(url.indexOf('/instances/') + '/instances/'.length);
  return parseObjectPath(encoded, (id) => request.server.sim.world.pbx.subscriber(id));
}

const notAllowed = (what: string, allow: string) =>
  new SimError('methodNotAllowed', what, { headers: { Allow: allow } });

/** PbxManagement (`/pbxs`): the lab's one OXE node, its Subscribers and their Tsc_IP_subscriber; administrators only. */
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
      const model = MODELS.find((m) => m.objectName === request.params.objectName);
      if (!model) throw new SimError('notFound', `No object model ${request.params.objectName}`);
      return sendO2g(reply, model);
    },
  );

  app.get<NodeParams>(`${PBXS}/:nodeId/instances`, (request, reply) =>
    sendO2g(reply, nodeObject(labNode(request))),
  );

  app.get<InstanceParams>(INSTANCES, withQuery(listQuery), (request, reply) => {
    const path = pathOf(request);
    const { filter, attributes } = parseQuery(listQuery, request.query);
    const { pbx, directory } = request.server.sim.world;
    if (path.kind === 'subscribers') {
      const test = filter === undefined ? () => true : parseInstanceFilter(filter);
      const objects = directory
        .users()
        .map((user) => pbx.object(user))
        .filter(test);
      return sendO2g(reply, { objectName: 'Subscriber', objectIds: objects.map((o) => o.objectId ?? '') });
    }
    if (path.kind === 'tscIps')
      return sendO2g(reply, { objectName: path.objectName, objectIds: [path.user.companyPhone] });
    const object = path.kind === 'subscriber' ? pbx.object(path.user) : pbx.tscIp(path.user);
    const wanted = attributes?.split(',').map((name) => name.trim());
    const shown: PbxObject = wanted
      ? { ...object, attributes: object.attributes.filter((a) => wanted.includes(a.name)) }
      : object;
    return sendO2g(reply, shown);
  });

  // 201 Created, as the tutorial shows; the new subscriber is a user that can be called at once.
  app.post<InstanceParams>(INSTANCES, (request, reply) => {
    const path = pathOf(request);
    if (path.kind === 'tscIps')
      throw new SimError('forbidden', 'A Tsc_IP_subscriber comes with its Subscriber');
    if (path.kind !== 'subscribers')
      throw notAllowed('Create under an object name, not an instance', 'GET, PUT, DELETE');
    const { attributes } = parseBody(attributesBody, request.body);
    commit(request, request.server.sim.world.pbx.create(attributes));
    return reply.code(201).send();
  });

  app.put<InstanceParams>(INSTANCES, (request, reply) => {
    const path = pathOf(request);
    if (path.kind === 'subscribers' || path.kind === 'tscIps')
      throw notAllowed('Name the instance to modify', 'GET, POST');
    const { attributes } = parseBody(attributesBody, request.body);
    const sub = path.kind === 'tscIp' ? 'Tsc_IP_subscriber' : undefined;
    commit(request, request.server.sim.world.pbx.modify(path.user.companyPhone, attributes, sub));
    return sendNoContent(reply);
  });

  app.delete<InstanceParams>(INSTANCES, withQuery(deleteQuery), (request, reply) => {
    const path = pathOf(request);
    if (path.kind === 'subscribers' || path.kind === 'tscIps')
      throw notAllowed('Name the instance to delete', 'GET, POST');
    if (path.kind === 'tscIp')
      throw new SimError('forbidden', 'A Tsc_IP_subscriber goes with its Subscriber');
    const { force } = parseQuery(deleteQuery, request.query);
    commit(request, request.server.sim.world.pbx.delete(path.user.companyPhone, force));
    return sendNoContent(reply);
  });
}
