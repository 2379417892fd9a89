/** Query keys of the telephony panel, per session base URL so another session never sees these entries. */
export const telephonyKeys = {
  all: ['telephony'] as const,
  session: (baseUrl: string) => [...telephonyKeys.all, baseUrl] as const,
  /** The lab's extensions: an administrator and a user read different lists. */
  extensions: (baseUrl: string, admin: boolean) =>
    [...telephonyKeys.session(baseUrl), 'extensions', admin] as const,
  /** The calls of this session that ended (see `recordCallEvent`): kept apart, so no refetch touches it. */
  history: (baseUrl: string) => [...telephonyKeys.session(baseUrl), 'history'] as const,
  states: (baseUrl: string) => [...telephonyKeys.session(baseUrl), 'state'] as const,
  /** One user's TelephonicState: calls, user state, device states. Events update it in place. */
  userStates: (baseUrl: string, loginName: string) => [...telephonyKeys.states(baseUrl), loginName] as const,
  /** The state as read by an administrator (`?loginName=`) or the user itself. */
  state: (baseUrl: string, loginName: string, admin: boolean) =>
    [...telephonyKeys.userStates(baseUrl, loginName), admin] as const,
  /** When the console first saw each call of each user (the O2G gives no start time). */
  callStarts: (baseUrl: string) => [...telephonyKeys.session(baseUrl), 'call-start'] as const,
  callStart: (baseUrl: string, loginName: string, callRef: string) =>
    [...telephonyKeys.callStarts(baseUrl), loginName, callRef] as const,
};
