// The lab controls reset the world, move its clock and ring its phones. Any web page the tester opens
// could fire a form or a no-cors fetch at them (directly, or through the dev proxy's /o2g/__lab route
// for the console's Lab drawer, which passes Sec-Fetch-Site on): such requests are refused here. Tests, curl and Node send no Origin and no
// Sec-Fetch-Site, so they pass.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendSimError } from '../http/error-handling';
import { SimError } from '../model/sim-error';
import { CONTROL_PREFIX } from './control-paths';

/** Why a control request looks cross-site, or undefined when it may go on. */
export function crossSiteRefusal(
  request: FastifyRequest,
  allowOrigins: ReadonlySet<string>,
): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = `${request.protocol}://${request.host}`.toLowerCase();
    const configured = request.server.sim.publicUrl;
    const allowed =
      origin.toLowerCase() === own ||
      (configured !== undefined && origin === new URL(configured).origin) ||
      allowOrigins.has(origin);
    return allowed ? undefined : 'Lab controls do not answer pages of another origin';
  }
  // No Origin: a browser that sends Sec-Fetch-Site still tells where the request comes from (the dev
  // proxy drops Origin but forwards this header). Another site, even another port of this host, is refused.
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    return 'Lab controls do not answer requests a page of another site made';
  }
  return undefined;
}

/** Refuses cross-site control requests with a 403 before anything reads their body. */
export function installControlGuard(app: FastifyInstance, allowOrigins: readonly string[]): void {
  const allowed = new Set(allowOrigins.map((origin) => origin.trim().replace(/\/+$/, '')));
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith(CONTROL_PREFIX)) return;
    const refusal = crossSiteRefusal(request, allowed);
    if (refusal !== undefined) await sendSimError(reply, new SimError('forbidden', refusal));
  });
}
