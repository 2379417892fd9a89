import type { CarryKind } from './types';

/** An identifier found in an answer, ready to fill a later request's field of the same kind. */
export interface CarriedValue {
  kind: CarryKind;
  value: string;
}

// Keys whose value is one identifier, and keys whose value is a list of them.
const SINGLE: Record<string, CarryKind> = {
  callRef: 'callRef',
  heldCallRef: 'callRef',
  loginName: 'loginName',
  deviceId: 'deviceId',
  voicemailId: 'voicemailId',
  recordId: 'recordId',
  callbackId: 'callbackId',
  subscriptionId: 'subscriptionId',
  nodeId: 'nodeId',
  objectId: 'objectId',
};
const LISTS: Record<string, CarryKind> = {
  loginNames: 'loginName',
  nodeIds: 'nodeId',
  objectIds: 'objectId',
  recordIds: 'recordId',
};
// Lists of objects whose `id` is an identifier of a known kind.
const ID_OWNERS: Record<string, CarryKind> = { devices: 'deviceId', mailboxes: 'mailboxId' };

const MAX_PER_KIND = 12;

/**
 * The identifiers an answer carries: in its JSON body (at any depth) and in a `Location` header naming
 * a new call. Each value once, in the order found, at most a dozen per kind.
 */
export function carriedValues(body: unknown, headers: Readonly<Record<string, string>> = {}): CarriedValue[] {
  const found: CarriedValue[] = [];
  const add = (kind: CarryKind, value: unknown) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value);
    if (!text || found.some((v) => v.kind === kind && v.value === text)) return;
    if (found.filter((v) => v.kind === kind).length < MAX_PER_KIND) found.push({ kind, value: text });
  };
  const location = Object.entries(headers).find(([name]) => name.toLowerCase() === 'location')?.[1];
  const call = location?.match(/\/telephony\/calls\/([^/?#]+)/)?.[1];
  if (call) add('callRef', decodeURIComponent(call));
  walk(body, undefined, add);
  return found;
}

function walk(value: unknown, owner: CarryKind | undefined, add: (kind: CarryKind, value: unknown) => void) {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, owner, add);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'id' && owner) add(owner, child);
    const single = SINGLE[key];
    if (single) add(single, child);
    const list = LISTS[key];
    if (list && Array.isArray(child)) for (const item of child) add(list, item);
    walk(child, ID_OWNERS[key], add);
  }
}
