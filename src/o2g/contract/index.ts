/**
 * The O2G wire contract: types and schemas of what travels between an O2G and its clients.
 * Pure (imports only zod); shared by the console, the embedded lab (dev-proxy/sim) and the e2e tests.
 * One file per service family; add yours below.
 */
export * from './errors';
export * from './discovery';
export * from './authentication';
export * from './session';
export * from './proxy';
export * from './session-vault';
export * from './telephony';
export * from './telephony-requests';
export * from './telephony-events';
export * from './subscriptions';
export * from './messaging';
export * from './event-summary';
export * from './users';
export * from './routing';
export * from './comlog';
export * from './directory';
export * from './maintenance';
export * from './pbx-management';
export * from './analytics';
export * from './phone-set';
export * from './callbacks';
export * from './known-values';
