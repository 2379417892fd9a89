import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { passwordChangeRequestSchema, type LoginList } from '../../../src/o2g/contract';
import type { LabUser } from '../labs/load-lab';
import { userJson } from '../model/services/user-view';
import type { SimSession } from '../model/sessions';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { inSession } from '../http/route-options';
import { flagParam } from '../http/service-access';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const USERS = `${O2G_PATHS.apiBase}/users`;
const userParams = z.object({ loginName: z.string() });

const loginsQuery = z.object({
  nodeIds: z.string().optional(),
  onlyACD: flagParam,
  onlyWithExtLogin: flagParam,
});
const usersQuery = z.object({ companyPhone: z.string().optional(), loginName: z.string().optional() });

// The languages the lab's OXE and O2G offer; every user starts in English.
const SUPPORTED_LANGUAGES = {
  supportedLanguages: ['en', 'fr', 'de', 'es', 'it'],
  supportedGuiLanguages: ['en', 'fr'],
};

/** The user a path names: a login name, or (as the tutorial shows) an extension number. */
function namedUser(request: FastifyRequest, name: string): LabUser {
  const { directory } = request.server.sim.world;
  const user = directory.user(name) ?? directory.userByPhoneNumber(name);
  if (!user) throw new SimError('notFound', `Unknown user ${name}`);
  return user;
}

/** A user may change only its own settings; an administrator anyone's. */
function mayChange(session: SimSession, user: LabUser): void {
  if (!session.admin && session.loginName !== user.loginName) {
    throw new SimError('forbidden', `${session.loginName} may not change the settings of ${user.loginName}`);
  }
}

/** The Logins and Users services: login names, user descriptions, preferences and password change. */
export function usersRoutes(app: SimApp): void {
  const userRoute = inSession({ params: userParams });
  // Node, ACD and external-login filters are for administrators; the lab has one node, no ACD agent, no external login.
  app.get(`${O2G_PATHS.apiBase}/logins`, inSession({ query: loginsQuery }), (request, reply) => {
    const session = request.o2gSession;
    const { nodeIds, onlyACD, onlyWithExtLogin } = request.query;
    const { directory, lab } = request.server.sim.world;
    if (!session.admin) return sendO2g(reply, { loginNames: [session.loginName] } satisfies LoginList);
    const onNode =
      nodeIds === undefined ||
      nodeIds
        .split(';')
        .map((id) => id.trim())
        .includes(lab.oxe.nodeId);
    const loginNames =
      onNode && !onlyACD && !onlyWithExtLogin ? directory.users().map((u) => u.loginName) : [];
    return sendO2g(reply, { loginNames } satisfies LoginList);
  });

  // Without a path segment: the user with `companyPhone`, or the session's own user.
  app.get(USERS, inSession({ query: usersQuery }), (request, reply) => {
    const session = request.o2gSession;
    const { companyPhone } = request.query;
    if (companyPhone !== undefined) {
      const user = request.server.sim.world.directory.userByPhoneNumber(companyPhone);
      if (!user) throw new SimError('notFound', `No user has the number ${companyPhone}`);
      return sendO2g(reply, userJson(request.server.sim.world.lab, user));
    }
    const own = request.server.sim.world.directory.user(session.loginName);
    if (!own)
      throw new SimError(
        'badRequest',
        'An administrator has no user: name one (/users/{loginName} or ?companyPhone=)',
      );
    return sendO2g(reply, userJson(request.server.sim.world.lab, own));
  });

  app.get(`${USERS}/:loginName`, userRoute, (request, reply) => {
    return sendO2g(
      reply,
      userJson(request.server.sim.world.lab, namedUser(request, request.params.loginName)),
    );
  });

  app.get(`${USERS}/:loginName/preferences`, userRoute, (request, reply) => {
    namedUser(request, request.params.loginName);
    return sendO2g(reply, { guiLanguage: 'en', oxeLanguage: 'en' });
  });

  app.get(`${USERS}/:loginName/preferences/supportedLanguages`, userRoute, (request, reply) => {
    namedUser(request, request.params.loginName);
    return sendO2g(reply, SUPPORTED_LANGUAGES);
  });

  app.put(`${USERS}/:loginName/password`, userRoute, (request, reply) => {
    const user = namedUser(request, request.params.loginName);
    mayChange(request.o2gSession, user);
    const { oldPassword, newPassword } = parseBody(passwordChangeRequestSchema, request.body);
    commit(
      request,
      request.server.sim.world.directory.changePassword(user.loginName, oldPassword, newPassword),
    );
    return sendNoContent(reply);
  });
}
