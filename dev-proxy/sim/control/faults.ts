import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { O2gErrorBody } from '../../../src/o2g/contract';
import type { World } from '../model/world';
import { CONTROL_PREFIX } from './control-paths';

/** Body of `POST /__sim/faults`: fail and/or delay the next O2G requests (control requests are spared). */
export const faultRequestSchema = z.strictObject({
  /** How many of the next O2G requests fail. */
  failNext: z.number().int().min(0).max(1000).optional(),
  /** The status they fail with (default 503). */
  status: z.number().int().min(400).max(599).optional(),
  /** How long the next requests wait before being handled. */
  delayNextMs: z.number().int().min(0).max(120_000).optional(),
  /** How many requests the delay applies to (default 1). */
  delayCount: z.number().int().min(0).max(1000).optional(),
});
export type FaultRequest = z.infer<typeof faultRequestSchema>;

/** What is still planned; a plan counts down with every O2G request it touches. */
export interface FaultPlan {
  failNext: number;
  status: number;
  delayNextMs: number;
  delayCount: number;
}

const NO_FAULTS: FaultPlan = { failNext: 0, status: 503, delayNextMs: 0, delayCount: 0 };
// One plan per world, so that its HTTP and HTTPS listeners share it.
const plans = new WeakMap<World, FaultPlan>();

export function faultPlanOf(world: World): FaultPlan {
  return plans.get(world) ?? { ...NO_FAULTS };
}

/** Replaces the world's plan with the one asked for. */
export function planFaults(world: World, request: FaultRequest): FaultPlan {
  const plan: FaultPlan = {
    failNext: request.failNext ?? 0,
    status: request.status ?? 503,
    delayNextMs: request.delayNextMs ?? 0,
    delayCount: request.delayNextMs === undefined ? 0 : (request.delayCount ?? 1),
  };
  plans.set(world, plan);
  return { ...plan };
}

export function clearFaults(world: World): void {
  plans.delete(world);
}

/** An O2G-shaped error body for a simulated failure, whatever its status. */
function faultBody(status: number): O2gErrorBody {
  return {
    httpStatus: status >= 500 ? 'SERVICE_UNAVAILABLE' : 'BAD_REQUEST',
    code: status,
    helpMessage: 'Simulated failure (lab control)',
    type: 'SIMULATED_FAULT',
    innerMessage: `The lab was told to fail this request with ${status}`,
    canRetry: true,
  };
}

/** Applies the plan to every O2G request (first delays, then failures); the lab controls are never touched. */
export function installFaultInjection(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith(CONTROL_PREFIX)) return;
    const plan = plans.get(request.server.sim.world);
    if (!plan) return;
    if (plan.delayCount > 0) {
      plan.delayCount -= 1;
      await new Promise((resolve) => setTimeout(resolve, plan.delayNextMs));
    }
    if (plan.failNext > 0) {
      plan.failNext -= 1;
      await reply
        .code(plan.status)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(faultBody(plan.status)));
    }
  });
}
