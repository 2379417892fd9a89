import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  accountInfoRequestSchema,
  attachDataRequestSchema,
  parkRequestSchema,
} from '../../../src/o2g/contract';
import {
  attachCallData,
  callbackTarget,
  overflowCall,
  parkCall,
  recordCall,
} from '../model/calls/telephony-services';
import { SimError } from '../model/sim-error';
import { sendNoContent } from '../http/o2g-json';
import { parseBody, parseQuery } from '../http/parse-request';
import { loginNameParam, loginQuery, userServices } from '../http/service-access';
import { withQuery } from '../http/route-query';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { callRefParam, deviceUser, TELEPHONY_PATH } from '../http/telephony-target';

const CALL = `${TELEPHONY_PATH}/calls/:callRef`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;
const userOf = (request: FastifyRequest) => targetUser(request, requireSession(request));

// Java and C# send the recording action in lower case, the node SDK capitalised: any case is accepted.
const RECORDING_ACTIONS = ['start', 'stop', 'pause', 'resume'];
const recordingQuerySchema = z.object({ action: z.string().optional(), loginName: loginNameParam });

/** Telephony: park, callback, overflow to voicemail, the call's data, recording. */
export function telephonyCallServicesRoutes(app: FastifyInstance): void {
  // The java SDK sends `{}` without parkTo (park on the own device); node always names it.
  app.post(`${CALL}/park`, withQuery(loginQuery), (request, reply) => {
    const { loginName } = userOf(request);
    const { parkTo } = parseBody(parkRequestSchema, request.body ?? {});
    commit(request, parkCall(telephonyOf(request), loginName, callRefParam(request), parkTo));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/callback`, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    const callRef = callRefParam(request);
    const callee = callbackTarget(telephonyOf(request), user.loginName, callRef);
    commit(request, userServices(request).callbacks.request(user, callee));
    commit(request, telephonyOf(request).releaseForCallback(user.loginName, callRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/overflowToVoiceMail`, withQuery(loginQuery), (request, reply) => {
    commit(request, overflowCall(telephonyOf(request), userOf(request).loginName, callRefParam(request)));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/attachdata`, withQuery(loginQuery), (request, reply) => {
    const session = requireSession(request);
    const body = parseBody(attachDataRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, body.deviceId);
    const associatedData = body.hexaBinaryAssociatedData.toLowerCase();
    commit(
      request,
      attachCallData(telephonyOf(request), loginName, callRefParam(request), { associatedData }),
    );
    return sendNoContent(reply);
  });

  app.post(`${CALL}/sendaccountinfo`, withQuery(loginQuery), (request, reply) => {
    const session = requireSession(request);
    const { deviceId, accountInfo } = parseBody(accountInfoRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, deviceId);
    commit(request, attachCallData(telephonyOf(request), loginName, callRefParam(request), { accountInfo }));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/recording`, withQuery(recordingQuerySchema), (request) => {
    const { loginName } = userOf(request);
    const { action } = parseQuery(recordingQuerySchema, request.query);
    if (typeof action !== 'string' || !RECORDING_ACTIONS.includes(action.toLowerCase()))
      throw new SimError('badRequest', 'action must be one of start, stop, pause, resume', {
        telephony: {
          errorType: 'BAD_PARAMETER_VALUE',
          errorCause: 'INVALID_DATA',
          message: 'Bad recording action',
        },
      });
    recordCall(telephonyOf(request), loginName, callRefParam(request));
  });
}
