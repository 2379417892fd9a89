import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Call } from '../../../o2g/contract';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { actingAs } from '../../../o2g/act-as';
import * as telephony from '../../../o2g/telephony';
import type { CallAction } from '../model/call-view';
import type { LabExtension } from './list-extensions';
import { telephonyKeys } from './telephony-keys';

/**
 * Events update the state after an action. Only while the event channel is not live (not subscribed yet,
 * or reconnecting) are the states read again, so the panel stays right without ever polling.
 */
function useResyncWithoutChannel(baseUrl: string) {
  const client = useO2gClient();
  const queryClient = useQueryClient();
  return () => {
    if (client.channel.get() === 'live') return;
    void queryClient.invalidateQueries({ queryKey: telephonyKeys.states(baseUrl) });
  };
}

export interface MakeCallVariables {
  from: LabExtension;
  callee: string;
  /** Telephony's make-call with the caller's phone ringing first; otherwise BasicTelephony's plain call. */
  ringCallerFirst: boolean;
}

export function useMakeCall(baseUrl: string, admin: boolean) {
  const { http } = useO2gClient();
  const resync = useResyncWithoutChannel(baseUrl);
  return useMutation({
    mutationFn: ({ from, callee, ringCallerFirst }: MakeCallVariables) =>
      telephony.makeCall(
        http,
        { baseUrl, loginName: actingAs(admin, from.loginName) },
        { deviceId: from.deviceId, callee, autoAnswer: !ringCallerFirst },
        { basic: !ringCallerFirst },
      ),
    onSuccess: resync,
  });
}

export interface CallActionVariables {
  action: CallAction;
  call: Call;
  /** The held call for a transfer or a conference, the number for a blind transfer, the digits for DTMF. */
  argument?: string;
}

/** The call actions of one extension (admins act as its user with `?loginName=`). */
export function useCallAction(baseUrl: string, admin: boolean, extension: LabExtension) {
  const { http } = useO2gClient();
  const resync = useResyncWithoutChannel(baseUrl);
  const target = { baseUrl, loginName: actingAs(admin, extension.loginName) };
  return useMutation({
    mutationFn: async ({ action, call, argument = '' }: CallActionVariables) => {
      const deviceId = call.legs[0]?.deviceId ?? extension.deviceId;
      switch (action) {
        case 'answer':
          return telephony.answer(http, target, call.callRef, deviceId);
        case 'hold':
          return telephony.hold(http, target, call.callRef, deviceId);
        case 'retrieve':
          return telephony.retrieve(http, target, call.callRef, deviceId);
        case 'hangUp':
          return telephony.release(http, target, call.callRef);
        case 'transfer':
          return telephony.transfer(http, target, call.callRef, argument);
        case 'conference':
          return telephony.merge(http, target, call.callRef, argument);
        case 'blindTransfer':
          return telephony.blindTransfer(http, target, call.callRef, argument);
        case 'sendDtmf':
          return telephony.sendDtmf(http, target, call.callRef, deviceId, argument);
      }
    },
    onSuccess: resync,
  });
}
