/** Query keys of the telephony panel, per session base URL so another session never sees these entries. */
export const telephonyKeys = {
  all: ['telephony'] as const,
  session: (baseUrl: string) => [...telephonyKeys.all, baseUrl] as const,
  extensions: (baseUrl: string) => [...telephonyKeys.session(baseUrl), 'extensions'] as const,
  states: (baseUrl: string) => [...telephonyKeys.session(baseUrl), 'state'] as const,
  /** One user's TelephonicState: calls, user state, device states. Events update it in place. */
  state: (baseUrl: string, loginName: string) => [...telephonyKeys.states(baseUrl), loginName] as const,
};
