import type { FastifyRequest } from 'fastify';
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
import { parseBody } from '../http/parse-request';
import { actingOnUser, inSession } from '../http/route-options';
import { loginNameParam, userServices } from '../http/service-access';
import { commit } from '../http/session-guard';
import { callParams, deviceUser, TELEPHONY_PATH } from '../http/telephony-target';
import type { SimApp } from '../http/zod-routes';

const CALL = `${TELEPHONY_PATH}/calls/:callRef`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;

// Java and C# send the recording action in lower case, the node SDK capitalised: any case is accepted.
const RECORDING_ACTIONS = ['start', 'stop', 'pause', 'resume'];
const recordingQuery = z.object({ action: z.string().optional(), loginName: loginNameParam });

/** Telephony: park, callback, overflow to voicemail, the call's data, recording. */
export function telephonyCallServicesRoutes(app: SimApp): void {
  const callRoute = actingOnUser({ params: callParams });
  // Routes naming a device in their body: the device says whose it is, after the session.
  const deviceCallRoute = inSession({ params: callParams, actsForLogin: true });

  // The java SDK sends `{}` without parkTo (park on the own device); node always names it.
  app.post(`${CALL}/park`, callRoute, (request, reply) => {
    const { loginName } = request.actedOn;
    const { parkTo } = parseBody(parkRequestSchema, request.body ?? {});
    commit(request, parkCall(telephonyOf(request), loginName, request.params.callRef, parkTo));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/callback`, callRoute, (request, reply) => {
    const user = request.actedOn;
    const { callRef } = request.params;
    const callee = callbackTarget(telephonyOf(request), user.loginName, callRef);
    commit(request, userServices(request).callbacks.request(user, callee));
    commit(request, telephonyOf(request).releaseForCallback(user.loginName, callRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/overflowToVoiceMail`, callRoute, (request, reply) => {
    commit(request, overflowCall(telephonyOf(request), request.actedOn.loginName, request.params.callRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/attachdata`, deviceCallRoute, (request, reply) => {
    const session = request.o2gSession;
    const body = parseBody(attachDataRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, body.deviceId);
    const associatedData = body.hexaBinaryAssociatedData.toLowerCase();
    commit(
      request,
      attachCallData(telephonyOf(request), loginName, request.params.callRef, { associatedData }),
    );
    return sendNoContent(reply);
  });

  app.post(`${CALL}/sendaccountinfo`, deviceCallRoute, (request, reply) => {
    const session = request.o2gSession;
    const { deviceId, accountInfo } = parseBody(accountInfoRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, deviceId);
    commit(request, attachCallData(telephonyOf(request), loginName, request.params.callRef, { accountInfo }));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/recording`, actingOnUser({ params: callParams, query: recordingQuery }), (request) => {
    const { loginName } = request.actedOn;
    const { action } = request.query;
    if (typeof action !== 'string' || !RECORDING_ACTIONS.includes(action.toLowerCase()))
      throw new SimError('badRequest', 'action must be one of start, stop, pause, resume', {
        telephony: {
          errorType: 'BAD_PARAMETER_VALUE',
          errorCause: 'INVALID_DATA',
          message: 'Bad recording action',
        },
      });
    recordCall(telephonyOf(request), loginName, request.params.callRef);
  });
}
