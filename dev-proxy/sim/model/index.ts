export { World, tickAndPublish } from './world';
export { ManualClock, systemClock, type Clock } from './clock';
export { SimError, type SimErrorKind, type SimErrorDetails } from './sim-error';
export type { DomainEvent, DomainEventMap, DomainEventOf, Outcome } from './domain-events';
export type { SimSession } from './sessions';
export type { Account } from './directory';
export { servicesFor, SERVICE_CATALOGUE, type ServiceEntry } from './services';
