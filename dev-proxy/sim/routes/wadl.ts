import type { FastifyInstance } from 'fastify';
import { o2gUrls } from '../http/o2g-urls';
import { serviceRoutesOf, WADL_PATH } from '../wadl/route-table';
import { WADL_MEDIA_TYPE, wadlDocument } from '../wadl/wadl-document';

/**
 * `GET …/1.0/application.wadl`: the description of every service operation this app serves, built
 * from its own route table. Open like a real O2G's (no session), so Postman can import it by URL.
 */
export function wadlRoutes(app: FastifyInstance): void {
  app.get(WADL_PATH, (request, reply) => {
    const document = wadlDocument(serviceRoutesOf(request.server), `${o2gUrls(request).apiBase}/`);
    return reply.code(200).type(WADL_MEDIA_TYPE).send(document);
  });
}
