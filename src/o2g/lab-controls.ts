import { PROXY_LAB_CONTROLS_PATH } from './contract/proxy';
import {
  labBehaviourSchema,
  labClockSchema,
  labDroppedSchema,
  labIncomingCallSchema,
  labPhoneActionSchema,
  labStateSchema,
} from './contract/lab-controls';
import { createO2gHttp, type O2gHttp } from './http';

/** What can be changed about a lab phone's behaviour. */
export interface LabBehaviourPatch {
  busy?: boolean;
  outOfService?: boolean;
}


/**
 * The embedded lab's test-only controls, through the console's proxy, for a person who plays the other
 * side of a call. They are not O2G requests: they go through an HTTP layer of their own, so they never
 * carry the session's credential and never appear in the inspector. Failures are `O2gError`s as usual
 * (the lab answers in the O2G's error body format).
 */
export function createLabControls(http: O2gHttp = createO2gHttp(), root: string = PROXY_LAB_CONTROLS_PATH) {
  // `root` is the proxy's same-origin route in the console; a test may reach a lab's `/__sim` directly.
  const at = (path: string) => `${root}${path}`;
  const phone = (number: string, action: string) => at(`/phones/${encodeURIComponent(number)}/${action}`);
  return {
    /** The lab's phones, their behaviour, and its timing (ring timeout, session expiry). */
    state: async (signal?: AbortSignal) =>
      (await http.request('GET', at('/state'), labStateSchema, { signal })).data,
    /** The person at `number` answers the call ringing there. */
    answer: async (number: string) =>
      (await http.request('POST', phone(number, 'answer'), labPhoneActionSchema)).data,
    /** The person at `number` hangs up whatever call they are in. */
    hangUp: async (number: string) =>
      (await http.request('POST', phone(number, 'hangup'), labPhoneActionSchema)).data,
    /** Makes a phone busy or out of service, or back. */
    setBehaviour: async (number: string, patch: LabBehaviourPatch) =>
      (await http.request('PUT', phone(number, 'behaviour'), labBehaviourSchema, { json: patch })).data,
    /** A call from outside (`from`, as the trunk presents it) to the extension `to`. */
    incomingCall: async (from: string, to: string) =>
      (await http.request('POST', at('/incoming-call'), labIncomingCallSchema, { json: { from, to } })).data,
    /** Moves the lab's clock: ring timeouts and session expiries happen at once. */
    advanceClock: async (seconds: number) =>
      (await http.request('POST', at('/clock/advance'), labClockSchema, { json: { seconds } })).data,
    /** Cuts every open event channel (subscriptions stay), as a network hiccup would. */
    dropEventChannels: async () => (await http.request('POST', at('/events/drop'), labDroppedSchema)).data,
    /** The lab back to its lab file: every session ends, calls and messages start over. */
    reset: async () => {
      await http.request('POST', at('/reset'), undefined);
    },
  };
}

/** The lab controls, as the Lab drawer uses them. */
export type LabControls = ReturnType<typeof createLabControls>;
