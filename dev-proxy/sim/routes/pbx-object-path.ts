import type { LabUser } from '../labs/load-lab';
import { SimError } from '../model/sim-error';

/**
 * What an instances path names (the part after `instances/`): the Subscriber list, one Subscriber,
 * the Tsc_IP_subscriber list under one, or that sub-object itself (its id is its father's number).
 */
export type ObjectPath =
  | { kind: 'subscribers' }
  | { kind: 'subscriber'; user: LabUser }
  | { kind: 'tscIps'; objectName: 'Tsc_IP_subscriber'; user: LabUser }
  | { kind: 'tscIp'; user: LabUser };

/**
 * Reads `Subscriber[/{id}[/Tsc_IP_subscriber[/{id}]]]`; any other object is unknown to the lab's OXE
 * (404), as is a subscriber or sub-object id that does not exist.
 */
export function parseObjectPath(wildcard: string, subscriber: (id: string) => LabUser): ObjectPath {
  const parts = wildcard.split('/').filter((part) => part !== '');
  const [name, id, subName, subId, ...deeper] = parts;
  const unknown = () => new SimError('notFound', `No object ${wildcard} in the lab's OXE`);
  if (name !== 'Subscriber' || deeper.length > 0) throw unknown();
  if (id === undefined) return { kind: 'subscribers' };
  const user = subscriber(id);
  if (subName === undefined) return { kind: 'subscriber', user };
  if (subName !== 'Tsc_IP_subscriber') throw unknown();
  if (subId === undefined) return { kind: 'tscIps', objectName: subName, user };
  if (subId !== user.companyPhone)
    throw new SimError('notFound', `No Tsc_IP_subscriber ${subId} under ${id}`);
  return { kind: 'tscIp', user };
}
