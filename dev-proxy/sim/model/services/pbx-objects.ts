import type { PbxAttribute, PbxObject } from '../../../../src/o2g/contract';
import type { LabUser } from '../../labs/load-lab';
import { SimError } from '../sim-error';
import {
  STORED_SUBSCRIBER_ATTRIBUTES,
  SUBSCRIBER_MODEL,
  TSC_IP_SUBSCRIBER_MODEL,
} from './pbx-subscriber-model';

/** What a Subscriber holds beyond its user: stored attribute values and its sub-objects' attributes. */
export interface SubscriberExtras {
  readonly attributes: ReadonlyMap<string, string>;
  readonly tscIp: ReadonlyMap<string, string>;
}

const NO_EXTRAS: SubscriberExtras = { attributes: new Map(), tscIp: new Map() };

const defaultOf = (name: string) =>
  SUBSCRIBER_MODEL.attributes.find((a) => a.name === name)?.defaultValue ?? '';

/**
 * A lab user as the OXE Subscriber behind it, with the attributes O2G clients read. Values are lists of
 * strings, as the OXE reports them.
 */
export function subscriberObject(user: LabUser, extras: SubscriberExtras = NO_EXTRAS): PbxObject {
  const stored = (name: string, fallback = defaultOf(name)) => [extras.attributes.get(name) ?? fallback];
  const attributes: PbxAttribute[] = [
    { name: 'Directory_Number', value: [user.companyPhone] },
    { name: 'Annu_Name', value: [user.lastName] },
    { name: 'Annu_First_Name', value: [user.firstName] },
    { name: 'Directory_Name', value: [`${user.lastName} ${user.firstName}`.trim()] },
    { name: 'Station_Type', value: stored('Station_Type', user.devices[0]?.subType ?? 'SIP_Extension') },
    ...STORED_SUBSCRIBER_ATTRIBUTES.filter((name) => name !== 'Station_Type').map((name) => ({
      name,
      value: stored(name),
    })),
  ];
  return {
    objectName: 'Subscriber',
    objectId: user.companyPhone,
    attributes,
    objectNames: ['Tsc_IP_subscriber'],
  };
}

/** The Tsc_IP_subscriber sub-object of a subscriber (same id as its father). */
export function tscIpObject(user: LabUser, extras: SubscriberExtras = NO_EXTRAS): PbxObject {
  const attributes = TSC_IP_SUBSCRIBER_MODEL.attributes.map(({ name, defaultValue }) => ({
    name,
    value: [extras.tscIp.get(name) ?? defaultValue ?? ''],
  }));
  return { objectName: 'Tsc_IP_subscriber', objectId: user.companyPhone, attributes, objectNames: [] };
}

/** The root object of a node. */
export function nodeObject(nodeId: string): PbxObject {
  return {
    objectName: 'Node',
    objectId: nodeId,
    attributes: [{ name: 'Node_Number', value: [nodeId] }],
    objectNames: ['Subscriber'],
  };
}

type Test = (object: PbxObject) => boolean;

/**
 * An instance filter: terms `Attr==value` (a `*` at either end matches any start or end), `Attr!=value`
 * or `Attr=!value` (the SDKs disagree), `Attr=ge=value`, `Attr=le=value`, joined by ` and ` / ` or `
 * (no parentheses; `and` binds tighter).
 */
export function parseInstanceFilter(filter: string): Test {
  const alternatives = filter.split(' or ').map((part) => part.split(' and ').map(parseTerm));
  return (object) => alternatives.some((terms) => terms.every((term) => term(object)));
}

function parseTerm(text: string): Test {
  const match = /^\s*([A-Za-z0-9_.]+)\s*(==|!=|=!|=ge=|=le=)\s*(.*?)\s*$/.exec(text);
  if (!match) throw new SimError('badRequest', `Invalid filter term "${text.trim()}"`);
  const [, name = '', operator, operand = ''] = match;
  const values = (object: PbxObject) => object.attributes.find((a) => a.name === name)?.value ?? [];
  const equals = (value: string) => {
    const starts = operand.endsWith('*');
    const ends = operand.startsWith('*');
    const core = operand.replace(/^\*|\*$/g, '').toLowerCase();
    const v = value.toLowerCase();
    if (starts && ends) return v.includes(core);
    if (starts) return v.startsWith(core);
    if (ends) return v.endsWith(core);
    return v === core;
  };
  switch (operator) {
    case '==':
      return (object) => values(object).some(equals);
    case '=ge=':
      return (object) => values(object).some((value) => compare(value, operand) >= 0);
    case '=le=':
      return (object) => values(object).some((value) => compare(value, operand) <= 0);
    default:
      return (object) => !values(object).some(equals);
  }
}

// Numbers compare as numbers, anything else as text.
function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y) ? x - y : a.localeCompare(b);
}
