import {
  setForwardRequestSchema,
  setOverflowRequestSchema,
  setPresentationRequestSchema,
  type RoutingCapabilities,
  type RoutingDestination,
} from '../../../src/o2g/contract';
import type { ForwardKind, OverflowKind, RouteDestination } from '../model/services/routing-book';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { actingOnUser } from '../http/route-options';
import { userServices } from '../http/service-access';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const ROUTING = `${O2G_PATHS.apiBase}/routing`;

const badRoute = (message: string, errorCause: string) =>
  new SimError('badRequest', message, { routing: { errorType: 'BAD_PARAMETER_VALUE', errorCause, message } });

/** One destination of a forward: a NUMBER with its number, or the VOICEMAIL. */
function forwardDestination(destinations: readonly RoutingDestination[]): RouteDestination {
  const [destination, ...others] = destinations;
  if (!destination || others.length > 0)
    throw badRoute('A forward has exactly one destination', 'INVALID_FORWARD_ROUTE');
  if (destination.type === 'VOICEMAIL') return { type: 'VOICEMAIL' };
  if (destination.type !== 'NUMBER')
    throw badRoute(`A forward cannot lead to ${destination.type}`, 'INVALID_FORWARD_ROUTE');
  if (!destination.number) throw badRoute('A NUMBER destination needs a number', 'NULL_OR_EMPTY_PARAMETER');
  return { type: 'NUMBER', number: destination.number };
}

// Clients omit forwardType for an immediate forward; one test fixture spells it out, so accept both.
function forwardKind(forwardType: string | undefined): ForwardKind {
  if (forwardType === undefined || forwardType === 'IMMEDIATE') return 'IMMEDIATE';
  if (forwardType === 'BUSY' || forwardType === 'NO_ANSWER' || forwardType === 'BUSY_NO_ANSWER')
    return forwardType;
  throw badRoute(`Unknown forwardType ${forwardType}`, 'INVALID_FORWARD_ROUTE');
}

// The Java SDK treats a missing overflowType as BUSY_NO_ANSWER.
function overflowKind(overflowType: string | undefined): OverflowKind {
  if (overflowType === undefined) return 'BUSY_NO_ANSWER';
  if (overflowType === 'BUSY' || overflowType === 'NO_ANSWER' || overflowType === 'BUSY_NO_ANSWER')
    return overflowType;
  throw badRoute(`Unknown overflowType ${overflowType}`, 'INVALID_OVERFLOW_ROUTE');
}

/** The Routing service: capabilities, state, DND, forward, overflow; every change raises OnRoutingStateChanged. */
export function routingRoutes(app: SimApp): void {
  app.get(ROUTING, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    // Lab users have no mobile device, hence no presentation route to switch.
    const capabilities: RoutingCapabilities = {
      presentationRoute: false,
      forwardRoute: true,
      overflowRoute: userServices(request).routing.hasVoicemail(user.loginName),
      dnd: true,
    };
    return sendO2g(reply, capabilities);
  });

  app.post(ROUTING, actingOnUser(), (request) => {
    parseBody(setPresentationRequestSchema, request.body);
    throw new SimError('forbidden', 'This user has no mobile device to present calls on', {
      routing: {
        errorType: 'UNAUTHORIZED',
        errorCause: 'INVALID_CURRENT_DEVICE',
        message: 'No remote extension',
      },
    });
  });

  app.get(`${ROUTING}/state`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    return sendO2g(reply, userServices(request).routing.stateOf(user.loginName), { keepFalse: ['activate'] });
  });

  app.post(`${ROUTING}/state/snapshot`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    commit(request, userServices(request).routing.snapshot(user));
    return sendNoContent(reply);
  });

  app.get(`${ROUTING}/dnd`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const { dnd } = userServices(request).routing.routingOf(user.loginName);
    return sendO2g(reply, { activate: dnd }, { keepFalse: ['activate'] });
  });

  for (const [method, activate] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      ...actingOnUser(),
      method,
      url: `${ROUTING}/dnd`,
      handler: (request, reply) => {
        commit(request, userServices(request).routing.setDnd(request.actedOn, activate));
        return sendNoContent(reply);
      },
    });
  }

  // No forward answers an empty route, which the SDKs read as "none".
  app.get(`${ROUTING}/forwardroute`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const [forward] = userServices(request).routing.stateOf(user.loginName).forwardRoutes;
    return sendO2g(reply, forward ?? { destinations: [] });
  });

  app.post(`${ROUTING}/forwardroute`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const { forwardRoute } = parseBody(setForwardRequestSchema, request.body);
    const destination = forwardDestination(forwardRoute.destinations);
    commit(
      request,
      userServices(request).routing.setForward(user, forwardKind(forwardRoute.forwardType), destination),
    );
    return sendNoContent(reply);
  });

  app.delete(`${ROUTING}/forwardroute`, actingOnUser(), (request, reply) => {
    commit(request, userServices(request).routing.cancelForward(request.actedOn));
    return sendNoContent(reply);
  });

  app.get(`${ROUTING}/overflowroute`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const [overflow] = userServices(request).routing.stateOf(user.loginName).overflowRoutes;
    return sendO2g(reply, overflow ?? { destinations: [] });
  });

  // The Java SDK sends an array under `overflowRoutes`, the node SDK 2.5 a bare object: both are accepted.
  app.post(`${ROUTING}/overflowroute`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const { overflowRoutes } = parseBody(setOverflowRequestSchema, request.body);
    const route = Array.isArray(overflowRoutes) ? overflowRoutes[0] : overflowRoutes;
    // No destination is no overflow: `{}` must not pass as one to the voicemail.
    if (!route || route.destinations.length === 0 || route.destinations.some((d) => d.type !== 'VOICEMAIL')) {
      throw badRoute('An overflow leads to the voicemail only', 'INVALID_OVERFLOW_ROUTE');
    }
    commit(request, userServices(request).routing.setOverflow(user, overflowKind(route.overflowType)));
    return sendNoContent(reply);
  });

  app.delete(`${ROUTING}/overflowroute`, actingOnUser(), (request, reply) => {
    commit(request, userServices(request).routing.cancelOverflow(request.actedOn));
    return sendNoContent(reply);
  });
}
