import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SimSession } from '../model/sessions';
import type { UserServices } from '../model/services/user-services';
import { SimError } from '../model/sim-error';

/**
 * The per-user services of the world serving this request. Read at each request, never kept: a lab
 * reset replaces them.
 */
export function userServices(request: FastifyRequest): UserServices {
  return request.server.sim.world.userServices;
}

/** Refuses a user session on a service O2G reserves for administrators (PBX management, analytics, maintenance). */
export function requireAdmin(session: SimSession, service: string): void {
  if (!session.admin) throw new SimError('forbidden', `${service} is reserved to administrator sessions`);
}

/**
 * A flag query parameter as the SDKs send it: a bare name (`?withUserPwd`) or `=true` means true,
 * `=false` or absence false.
 */
export const flagParam = z
  .union([z.literal(''), z.literal('true'), z.literal('false')], { error: 'must be true, false or empty' })
  .optional()
  .transform((value) => value === '' || value === 'true');

/** A non-negative integer query parameter (`offset`, `limit`…). */
export const countParam = z
  .string()
  .regex(/^\d{1,9}$/, 'must be a non-negative integer')
  .transform(Number)
  .optional();

/** `loginName` may come with any request; it is read by `targetUser`. */
export const loginNameParam = z.string().optional();

/** The query of a per-user route that reads nothing but the administrator's `loginName` (for the WADL). */
export const loginQuery = z.object({ loginName: loginNameParam });
