import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isMovable } from '../model/clock';
import { tickAndPublish, type World } from '../model/world';
import { SimError } from '../model/sim-error';
import { parseBody } from '../http/parse-request';
import { commit } from '../http/session-guard';
import { CONTROL_PREFIX, sendControlJson } from './control-paths';
import { clearFaults, faultPlanOf, faultRequestSchema, planFaults } from './faults';

const advanceSchema = z.strictObject({
  seconds: z
    .number()
    .positive()
    .max(7 * 24 * 3600),
});

/** A summary of the world for tests: time, sessions and each user's per-user services. */
function worldState(world: World) {
  const { userServices: services } = world;
  const now = world.clock.now();
  return {
    now: new Date(now).toISOString(),
    nowMs: now,
    // How far to move the clock to see a ring time out or a quiet session expire.
    timing: {
      ringTimeoutSeconds: world.lab.telephony.ringTimeoutSeconds,
      sessionExpirySeconds: world.lab.session.timeToLive + world.lab.session.expiryGraceSeconds,
    },
    users: world.directory.users().map(({ loginName, companyPhone, firstName, lastName }) => {
      const [mailbox] = services.mailboxes.mailboxesOf(loginName);
      return {
        loginName,
        // Who holds which phone and how it behaves: what a person driving the lab by hand chooses from.
        phone: {
          number: companyPhone,
          name: `${firstName} ${lastName}`,
          ...world.telephony.store.behaviour(loginName),
        },
        sessions: world.sessions.sessionsOf(loginName).length,
        eventSummary: services.eventSummary(loginName),
        routing: services.routing.routingOf(loginName),
        comlogRecords: services.comlog.query(loginName).length,
        callbackRequests: services.callbacks.incoming(loginName).length,
        mailbox: mailbox && {
          id: mailbox.id,
          messages: mailbox.messages.length,
          unread: services.mailboxes.unreadCount(loginName),
        },
      };
    }),
    administratorSessions: world.lab.administrators.reduce(
      (n, a) => n + world.sessions.sessionsOf(a.loginName).length,
      0,
    ),
    directorySearches: services.directorySearches.size,
    faults: faultPlanOf(world),
  };
}

const worldOf = (request: FastifyRequest) => request.server.sim.world;

/** The generic lab controls: reset, move the clock, plan faults, read the state. */
export function labControlRoutes(app: FastifyInstance): void {
  app.post(`${CONTROL_PREFIX}/reset`, (request, reply) => {
    const world = worldOf(request);
    commit(request, world.reset());
    clearFaults(world);
    return sendControlJson(reply, worldState(world));
  });

  // Time moves, then acts at once (ring timeouts, expiries), so the answer shows the world after it.
  app.post(`${CONTROL_PREFIX}/clock/advance`, (request, reply) => {
    const { seconds } = parseBody(advanceSchema, request.body);
    const world = worldOf(request);
    if (!isMovable(world.clock))
      throw new SimError('conflict', 'This simulator runs on a clock that cannot be moved');
    world.clock.advance(Math.round(seconds * 1000));
    tickAndPublish(world);
    return sendControlJson(reply, {
      now: new Date(world.clock.now()).toISOString(),
      nowMs: world.clock.now(),
    });
  });

  app.post(`${CONTROL_PREFIX}/faults`, (request, reply) => {
    const plan = planFaults(worldOf(request), parseBody(faultRequestSchema, request.body));
    return sendControlJson(reply, plan);
  });

  app.delete(`${CONTROL_PREFIX}/faults`, (request, reply) => {
    clearFaults(worldOf(request));
    return sendControlJson(reply, faultPlanOf(worldOf(request)));
  });

  app.get(`${CONTROL_PREFIX}/state`, (request, reply) =>
    sendControlJson(reply, worldState(worldOf(request))),
  );
}
