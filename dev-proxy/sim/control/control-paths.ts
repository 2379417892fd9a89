import type { FastifyReply } from 'fastify';

/** Prefix of every test-only lab control; O2G has nothing under it. */
export const CONTROL_PREFIX = '/__sim';

/** Controls answer plain JSON (false values kept: a test reads every flag). */
export function sendControlJson(reply: FastifyReply, value: unknown, status = 200) {
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(value));
}
