import type { PbxAttribute, PbxObject, PbxObjectModel } from '../../../../src/o2g/contract';
import type { LabUser } from '../../labs/load-lab';
import { SimError } from '../sim-error';

/**
 * The OXE configuration objects the lab exposes through PBX management: its Subscribers, one per lab
 * user, with the attributes O2G clients read. Values are lists of strings, as the OXE reports them.
 */
export function subscriberObject(user: LabUser): PbxObject {
  const attributes: PbxAttribute[] = [
    { name: 'Directory_Number', value: [user.companyPhone] },
    { name: 'Annu_Name', value: [user.lastName] },
    { name: 'Annu_First_Name', value: [user.firstName] },
    { name: 'Directory_Name', value: [`${user.lastName} ${user.firstName}`] },
    { name: 'Station_Type', value: [user.devices[0]?.subType ?? 'SIP_Extension'] },
    { name: 'ACD_Type', value: ['No_ACD'] },
    { name: 'Multi_line', value: ['false'] },
    { name: 'Cost_Center_Name', value: [''] },
  ];
  return { objectName: 'Subscriber', objectId: user.companyPhone, attributes, objectNames: [] };
}

/** The attributes of a Subscriber a client may change in the lab: the names (they rename the O2G user). */
export const WRITABLE_SUBSCRIBER_ATTRIBUTES = ['Annu_Name', 'Annu_First_Name'] as const;

const attributeModel = (
  name: string,
  typeValue: string,
  extra: Partial<PbxObjectModel['attributes'][number]> = {},
) => ({
  name,
  mandatory: false,
  typeValue,
  multiValue: false,
  filtering: true,
  ...extra,
});

/** The model of a Subscriber, as far as the lab describes it. */
export const SUBSCRIBER_MODEL: PbxObjectModel = {
  objectName: 'Subscriber',
  hidden: false,
  create: false,
  delete: false,
  set: true,
  get: true,
  otherActions: [],
  attributes: [
    attributeModel('Directory_Number', 'OctetString', { mandatory: true, lengthValue: '1..8' }),
    attributeModel('Annu_Name', 'OctetString', { lengthValue: '0..20' }),
    attributeModel('Annu_First_Name', 'OctetString', { lengthValue: '0..20' }),
    attributeModel('Directory_Name', 'OctetString', { lengthValue: '0..41' }),
    attributeModel('Station_Type', 'Enumerated', {
      allowedValues: ['ANALOG', 'SIP_Extension', 'NOE_C_Color_IP'],
      defaultValue: 'ANALOG',
      usedWhen: 'Creation',
    }),
    attributeModel('ACD_Type', 'Enumerated', {
      allowedValues: ['No_ACD', 'Agent', 'Supervisor'],
      defaultValue: 'No_ACD',
    }),
    attributeModel('Multi_line', 'Boolean', { defaultValue: 'false' }),
    attributeModel('Cost_Center_Name', 'OctetString', { lengthValue: '0..20' }),
  ],
  objects: [],
};

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
