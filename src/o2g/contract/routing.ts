import { z } from 'zod';
import { oneOfText } from './known-values';

/** Where a route can lead. */
export const ROUTING_DESTINATION_TYPES = ['NUMBER', 'VOICEMAIL', 'MOBILE', 'ASSOCIATE'] as const;

/** Where a route leads: a `NUMBER` (with `number`), the `VOICEMAIL`, the `MOBILE` (presentation) or `ASSOCIATE`. */
export const routingDestinationSchema = z.object({
  type: oneOfText(ROUTING_DESTINATION_TYPES),
  number: z.string().optional(),
  /** For MOBILE presentation routes: whether it is active. */
  selected: z.boolean().optional(),
});
/** Parsed routing destination. */
export type RoutingDestination = z.infer<typeof routingDestinationSchema>;

/** Forward kinds on the wire; an immediate forward has no `forwardType` at all. */
export const FORWARD_TYPES = ['BUSY', 'NO_ANSWER', 'BUSY_NO_ANSWER'] as const;
/** Overflow kinds on the wire. */
export const OVERFLOW_TYPES = ['BUSY', 'NO_ANSWER', 'BUSY_NO_ANSWER'] as const;

/** A forward. No destination (or none at all) means no forward; a missing `forwardType` means immediate. */
export const forwardRouteSchema = z.object({
  /** Accepted as `IMMEDIATE` on input, never sent. */
  forwardType: oneOfText(FORWARD_TYPES).describe('none: immediately').optional(),
  destinations: z.array(routingDestinationSchema).default([]),
});
/** Parsed forward route. */
export type ForwardRoute = z.infer<typeof forwardRouteSchema>;

/** An overflow (to voicemail when busy and/or not answered). */
export const overflowRouteSchema = z.object({
  overflowType: oneOfText(OVERFLOW_TYPES).optional(),
  destinations: z.array(routingDestinationSchema).default([]),
});
/** Parsed overflow route. */
export type OverflowRoute = z.infer<typeof overflowRouteSchema>;

/** A presentation route: the MOBILE destination's `selected` flag activates the remote extension. */
export const presentationRouteSchema = z.object({ destinations: z.array(routingDestinationSchema) });
/** Parsed presentation route. */
export type PresentationRoute = z.infer<typeof presentationRouteSchema>;

/** Do Not Disturb (`GET …/routing/dnd`, and `dndState` of the routing state). */
export const dndStateSchema = z.object({ activate: z.boolean().default(false) });
/** Parsed DND state. */
export type DndState = z.infer<typeof dndStateSchema>;

/** `GET …/routing/state` and the `routingState` of `OnRoutingStateChanged`. */
export const routingStateSchema = z.object({
  presentationRoutes: z.array(presentationRouteSchema).default([]),
  forwardRoutes: z.array(forwardRouteSchema).default([]),
  overflowRoutes: z.array(overflowRouteSchema).default([]),
  dndState: dndStateSchema.default({ activate: false }),
});
/** Parsed routing state. */
export type RoutingState = z.infer<typeof routingStateSchema>;

/** `GET …/routing`: what the user may route. */
export const routingCapabilitiesSchema = z.object({
  presentationRoute: z.boolean().default(false),
  forwardRoute: z.boolean().default(false),
  overflowRoute: z.boolean().default(false),
  dnd: z.boolean().default(false),
});
/** Parsed routing capabilities. */
export type RoutingCapabilities = z.infer<typeof routingCapabilitiesSchema>;

/** Body of `POST …/routing/forwardroute`: one route under the singular key. */
export const setForwardRequestSchema = z.object({ forwardRoute: forwardRouteSchema });
/** Parsed forward request. */
export type SetForwardRequest = z.infer<typeof setForwardRequestSchema>;

/** Body of `POST …/routing/overflowroute`: an array (Java SDK) or a bare object (node SDK 2.5). */
export const setOverflowRequestSchema = z.object({
  overflowRoutes: z.union([z.array(overflowRouteSchema).min(1), overflowRouteSchema]),
});
/** Parsed overflow request. */
export type SetOverflowRequest = z.infer<typeof setOverflowRequestSchema>;

/** Body of `POST …/routing`: presentation routes (remote extension activation). */
export const setPresentationRequestSchema = z.object({
  presentationRoutes: z.array(presentationRouteSchema).min(1),
});
/** Parsed presentation request. */
export type SetPresentationRequest = z.infer<typeof setPresentationRequestSchema>;

/** `OnRoutingStateChanged` (package `routingManagement`). */
export const onRoutingStateChangedSchema = z.object({
  eventName: z.literal('OnRoutingStateChanged'),
  loginName: z.string(),
  routingState: routingStateSchema,
});
/** Parsed `OnRoutingStateChanged`. */
export type OnRoutingStateChanged = z.infer<typeof onRoutingStateChangedSchema>;
