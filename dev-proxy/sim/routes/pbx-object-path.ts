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
 * Reads `Subscriber[/{id}[/Tsc_IP_subscriber[/{id}]]]` from the path as sent (still percent-encoded), so
 * an id holding an encoded `/` stays one id and is not taken for a shorter path; any other object is
 * unknown to the lab's OXE (404), as is a subscriber or sub-object id that does not exist.
 */
export function parseObjectPath(encoded: string, subscriber: (id: string) => LabUser): ObjectPath {
  const wildcard = encoded.split('?')[0] ?? '';
  const unknown = () => new SimError('notFound', `No object ${wildcard} in the lab's OXE`);
  const parts = wildcard
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        throw unknown();
      }
    });
  const [name, id, subName, subId, ...deeper] = parts;
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
