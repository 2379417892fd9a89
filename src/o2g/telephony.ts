import type { Call, MakeCallRequest, TelephonicState } from './contract';
import { callSchema, callsAnswerSchema, telephonicStateSchema } from './contract';
import type { O2gHttp } from './http';
import { underBase } from './base-url';

/**
 * Whose telephony a request is about: the session's base URL and, in an administrator session, the
 * user it acts for (`?loginName=`; a user session never needs it, and the O2G ignores it there).
 */
export interface TelephonyTarget {
  baseUrl: string;
  loginName?: string;
}

interface Options {
  signal?: AbortSignal;
}

/** `{base}/telephony{path}`, with `?loginName=` when the endpoint takes it and a user is named. */
export function telephonyUrl(target: TelephonyTarget, path: string, withLogin = true): string {
  const url = underBase(target.baseUrl, `/telephony${path}`);
  return withLogin && target.loginName ? `${url}?loginName=${encodeURIComponent(target.loginName)}` : url;
}

const callPath = (callRef: string, action = '') => `/calls/${encodeURIComponent(callRef)}${action}`;

/** The callRef a make-call answer names: the last path segment of its `Location` header. */
export function callRefFromLocation(location: string | null): string | undefined {
  if (!location) return undefined;
  const path = location.split(/[?#]/)[0] ?? '';
  const last = path.replace(/\/+$/, '').split('/').pop();
  return last ? decodeURIComponent(last) : undefined;
}

/** `GET …/telephony/state`: the user's calls, user state, device capabilities and device states. */
export async function getState(http: O2gHttp, target: TelephonyTarget, options: Options = {}) {
  const answer = await http.request('GET', telephonyUrl(target, '/state'), telephonicStateSchema, options);
  return answer.data satisfies TelephonicState;
}

/** `GET …/telephony/calls`: the user's calls. */
export async function getCalls(http: O2gHttp, target: TelephonyTarget, options: Options = {}) {
  const answer = await http.request('GET', telephonyUrl(target, '/calls'), callsAnswerSchema, options);
  return answer.data.calls satisfies Call[];
}

/** `GET …/telephony/calls/{callRef}`: one call of the user. */
export async function getCall(
  http: O2gHttp,
  target: TelephonyTarget,
  callRef: string,
  options: Options = {},
) {
  const answer = await http.request('GET', telephonyUrl(target, callPath(callRef)), callSchema, options);
  return answer.data;
}

/**
 * Makes a call from one of the user's devices. `basic` uses BasicTelephony (`POST …/basicCall`, no
 * licence needed, no loginName); otherwise Telephony (`POST …/calls[?loginName=]`). Both answer 201;
 * the callRef comes from the `Location` header when the O2G sends one.
 */
export async function makeCall(
  http: O2gHttp,
  target: TelephonyTarget,
  body: MakeCallRequest,
  { basic = false }: { basic?: boolean } = {},
): Promise<{ callRef?: string }> {
  const url = basic ? telephonyUrl(target, '/basicCall', false) : telephonyUrl(target, '/calls');
  const answer = await http.request('POST', url, undefined, { json: body });
  return { callRef: callRefFromLocation(answer.headers.get('location')) };
}

/** Answers a call ringing on one of the user's devices (the device names the user: no loginName). */
export async function answer(http: O2gHttp, target: TelephonyTarget, callRef: string, deviceId: string) {
  await http.request('POST', telephonyUrl(target, callPath(callRef, '/answer'), false), undefined, {
    json: { deviceId },
  });
}

/** Puts the user's device on hold in that call. */
export async function hold(http: O2gHttp, target: TelephonyTarget, callRef: string, deviceId: string) {
  await http.request('POST', telephonyUrl(target, callPath(callRef, '/hold')), undefined, {
    json: { deviceId },
  });
}

/** Takes the user's device off hold in that call. */
export async function retrieve(http: O2gHttp, target: TelephonyTarget, callRef: string, deviceId: string) {
  await http.request('POST', telephonyUrl(target, callPath(callRef, '/retrieve')), undefined, {
    json: { deviceId },
  });
}

/** Releases the call (`DELETE …/calls/{callRef}`): every party is disconnected. */
export async function release(http: O2gHttp, target: TelephonyTarget, callRef: string) {
  await http.request('DELETE', telephonyUrl(target, callPath(callRef)), undefined);
}

/** Connects the active call (the path's) with the user's held call, and drops the user. */
export async function transfer(
  http: O2gHttp,
  target: TelephonyTarget,
  activeCallRef: string,
  heldCallRef: string,
) {
  await http.request('POST', telephonyUrl(target, callPath(activeCallRef, '/transfer')), undefined, {
    json: { heldCallRef },
  });
}

/**
 * Makes a three-party conference (`POST …/calls/{active}/merge`, body `{heldCallRef}`): the held call's
 * other party joins the active call, and the user stays in it. The held call is then gone, replaced by
 * the active one (an OnCallModified with `previousCallRef`, no OnCallRemoved).
 */
export async function merge(
  http: O2gHttp,
  target: TelephonyTarget,
  activeCallRef: string,
  heldCallRef: string,
) {
  await http.request('POST', telephonyUrl(target, callPath(activeCallRef, '/merge')), undefined, {
    json: { heldCallRef },
  });
}

/** Sends the call to another number without consulting it first. */
export async function blindTransfer(
  http: O2gHttp,
  target: TelephonyTarget,
  callRef: string,
  transferTo: string,
) {
  await http.request('POST', telephonyUrl(target, callPath(callRef, '/blindtransfer')), undefined, {
    json: { transferTo },
  });
}

/** Sends a ringing call elsewhere; `"VOICEMAIL"` to the user's own mailbox. */
export async function redirect(http: O2gHttp, target: TelephonyTarget, callRef: string, redirectTo: string) {
  await http.request('POST', telephonyUrl(target, callPath(callRef, '/redirect')), undefined, {
    json: { redirectTo },
  });
}

/** Plays DTMF digits on the user's device in an active call. */
export async function sendDtmf(
  http: O2gHttp,
  target: TelephonyTarget,
  callRef: string,
  deviceId: string,
  digits: string,
) {
  await http.request('POST', telephonyUrl(target, callPath(callRef, '/sendDtmf'), false), undefined, {
    json: { deviceId, number: digits },
  });
}
