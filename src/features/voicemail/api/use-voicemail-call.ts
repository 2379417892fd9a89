import { useMutation } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { makeCall } from '../../../o2g/telephony';
import type { VoicemailScope } from './voicemail-scope';
import { targetOf } from './voicemail-scope';

export interface VoicemailCall {
  deviceId: string;
  callee: string;
}

/**
 * A call from the user's device (to the voicemail, or back to a caller), made like the telephony panel's
 * plain calls: BasicTelephony with the device answering by itself. The telephony panel follows the call
 * from the O2G's events; nothing here tracks it.
 */
export function useVoicemailCall(scope: VoicemailScope) {
  const { http } = useO2gClient();
  return useMutation({
    mutationFn: ({ deviceId, callee }: VoicemailCall) =>
      makeCall(http, targetOf(scope), { deviceId, callee, autoAnswer: true }, { basic: true }),
  });
}
