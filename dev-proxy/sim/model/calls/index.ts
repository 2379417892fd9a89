export { Telephony } from './telephony';
export { CALL_TRANSITIONS, nextLegState, canDo, type CallAction, type LegState } from './call-transitions';
export type { CallParty, CallSnapshot, CallEndedParty, CallEndReason } from './call-types';
export type { CallChange, CallEnded, VoicemailDeposited, CallCause } from './telephony-events';
export type { PhoneBehaviour } from './call-store';
export { callViewFor, telephonicStateOf, deviceCapabilitiesOf } from './call-view';
export { answerPhone, hangUpPhone, incomingCall, setPhoneBehaviour } from './phone-controls';
