import type { CarryKind } from '../../../o2g/catalogue';

// Body fields whose value is an identifier an earlier answer may have carried.
const FIELD_KINDS: Record<string, CarryKind> = {
  callRef: 'callRef',
  heldCallRef: 'callRef',
  deviceId: 'deviceId',
  loginName: 'loginName',
  ids: 'loginName',
  recordIds: 'recordId',
  subscriptionId: 'subscriptionId',
  voicemailId: 'voicemailId',
};

/** The kind of identifier a body field takes, from its name (or its list's name for a list item). */
export function carryKindOfField(path: readonly (string | number)[]): CarryKind | undefined {
  const name = [...path].reverse().find((part) => typeof part === 'string');
  return name === undefined ? undefined : FIELD_KINDS[name];
}
