import type { DomainEvent } from '../model/domain-events';
import type { World } from '../model/world';
import { SIM_PACKAGES, type EventPackageName } from '../model/subscriptions';

/** The O2G event packages a subscription selects by name (`filter.selectors[].names`). */
export type EventPackage = EventPackageName;

/** Every package a subscription may name; anything else is refused with a 400. */
export const EVENT_PACKAGES: readonly EventPackage[] = SIM_PACKAGES;

/** One O2G event as written on the channel: `eventName` first, the other fields at the same level. */
export interface O2gEventLine {
  eventName: string;
  [field: string]: unknown;
}

/** Turns a domain event into the O2G events one subscribed login receives for one package. */
export interface EventTranslator {
  package: EventPackage;
  translate(event: DomainEvent, loginName: string, world: World): O2gEventLine[];
}
