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
