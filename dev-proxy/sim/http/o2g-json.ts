import type { FastifyReply } from 'fastify';

/** Keys whose false value a particular answer must keep, because captures of real O2Gs show them. */
export interface O2gJsonOptions {
  keepFalse?: readonly string[];
}

/**
 * Keys whose false value an event keeps. A real O2G sends `OnDynamicStateChanged` with
 * `huntingGroupState: { logon: false }` when a member logs off; dropping it would leave `{}`.
 */
export const EVENT_JSON_OPTIONS: O2gJsonOptions = { keepFalse: ['logon'] };

/**
 * Shapes a value the way O2G serializes JSON: object members that are null, undefined or false are
 * left out (a capability list shows only what is possible), empty arrays are kept (`"tags": []`).
 */
export function toO2gJson(value: unknown, options: O2gJsonOptions = {}): unknown {
  const keepFalse = new Set(options.keepFalse ?? []);
  const shape = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(shape);
    if (item === null || typeof item !== 'object' || item instanceof Date) return item;
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(item)) {
      if (member === null || member === undefined) continue;
      if (member === false && !keepFalse.has(key)) continue;
      out[key] = shape(member);
    }
    return out;
  };
  return shape(value);
}

/** Sends an O2G JSON answer. */
export function sendO2g(
  reply: FastifyReply,
  value: unknown,
  options: O2gJsonOptions & { status?: number } = {},
) {
  return reply
    .code(options.status ?? 200)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(toO2gJson(value, options)));
}

/** Sends a bodiless success (keepalive, close, delete). */
export function sendNoContent(reply: FastifyReply) {
  return reply.code(204).send();
}
