import type { PbxAttribute, PbxObjectModel } from '../../../../src/o2g/contract';
import { SimError } from '../sim-error';

type AttributeModel = PbxObjectModel['attributes'][number];

const attribute = (name: string, typeValue: string, extra: Partial<AttributeModel> = {}): AttributeModel => ({
  name,
  mandatory: false,
  typeValue,
  multiValue: false,
  filtering: true,
  ...extra,
});

// `usedWhen: 'Creation'`: the OXE takes the value when the subscriber is created and refuses it afterwards.
const CREATION_ONLY = { usedWhen: 'Creation' };

/** The Tsc_IP_subscriber sub-object: one per subscriber, same id, never created or deleted on its own. */
export const TSC_IP_SUBSCRIBER_MODEL: PbxObjectModel = {
  objectName: 'Tsc_IP_subscriber',
  hidden: false,
  create: false,
  delete: false,
  set: true,
  get: true,
  otherActions: [],
  attributes: [
    attribute('IP_Softphone_Emul', 'Enumerated', { allowedValues: ['No', 'Yes'], defaultValue: 'No' }),
  ],
  objects: [],
};

/** The model of a Subscriber as the lab's OXE describes it: what it shows, what a client may set. */
export const SUBSCRIBER_MODEL: PbxObjectModel = {
  objectName: 'Subscriber',
  hidden: false,
  create: true,
  delete: true,
  set: true,
  get: true,
  otherActions: ['forceDelete'],
  attributes: [
    attribute('Directory_Number', 'OctetString', { mandatory: true, lengthValue: '1..8', ...CREATION_ONLY }),
    attribute('Annu_Name', 'OctetString', { mandatory: true, lengthValue: '1..20' }),
    attribute('Annu_First_Name', 'OctetString', { lengthValue: '0..20' }),
    // Computed by the OXE from the two names: shown, never set.
    attribute('Directory_Name', 'OctetString', { lengthValue: '0..41', usedWhen: 'Never' }),
    attribute('Station_Type', 'Enumerated', {
      allowedValues: ['ANALOG', 'SIP_Extension', 'NOE_C_Color_IP'],
      defaultValue: 'SIP_Extension',
      ...CREATION_ONLY,
    }),
    attribute('ACD_Type', 'Enumerated', {
      allowedValues: ['No_ACD', 'Agent', 'Supervisor'],
      defaultValue: 'No_ACD',
    }),
    attribute('Multi_line', 'Boolean', { defaultValue: 'false' }),
    attribute('Cost_Center_Name', 'OctetString', { lengthValue: '0..20', defaultValue: '' }),
    attribute('ClickAndPh', 'OctetString', { lengthValue: '0..20', defaultValue: '' }),
  ],
  objects: [TSC_IP_SUBSCRIBER_MODEL],
};

/** The attributes stored as given (the names and number live in the directory's user). */
export const STORED_SUBSCRIBER_ATTRIBUTES = [
  'Station_Type',
  'ACD_Type',
  'Multi_line',
  'Cost_Center_Name',
  'ClickAndPh',
];

function lengthRange(lengthValue: string | undefined): [number, number] {
  const [min = '0', max] = (lengthValue ?? '0..255').split('..');
  return max === undefined ? [0, Number(min)] : [Number(min), Number(max)];
}

/** Refuses a value the attribute's model does not allow (400), before anything changes. */
function checkValue(model: AttributeModel, value: readonly string[]): void {
  const [text] = value;
  if (value.length !== 1 || text === undefined)
    throw new SimError('badRequest', `${model.name} takes exactly one value, got ${value.length}`);
  if (model.typeValue === 'Enumerated' && !(model.allowedValues ?? []).includes(text))
    throw new SimError(
      'badRequest',
      `${model.name} must be one of ${(model.allowedValues ?? []).join(', ')}`,
    );
  if (model.typeValue === 'Boolean' && text !== 'true' && text !== 'false')
    throw new SimError('badRequest', `${model.name} must be true or false`);
  if (model.typeValue === 'OctetString') {
    const [min, max] = lengthRange(model.lengthValue);
    if (text.length < min || text.length > max)
      throw new SimError('badRequest', `${model.name} must be ${min} to ${max} characters long`);
  }
  if (model.name === 'Directory_Number' && !/^[0-9]+$/.test(text))
    throw new SimError('badRequest', 'Directory_Number must be digits only');
}

/**
 * Checks the attributes of a create (`creating`) or a set against an object model and returns them as
 * a name → value map. Unknown names and bad values are 400; a value the OXE takes only at creation,
 * or never, is 403 on a set; a duplicate name is 400.
 */
export function checkAttributes(
  model: PbxObjectModel,
  attributes: readonly PbxAttribute[],
  creating: boolean,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const { name, value } of attributes) {
    const attributeModel = model.attributes.find((a) => a.name === name);
    if (!attributeModel) throw new SimError('badRequest', `${model.objectName} has no attribute ${name}`);
    if (values.has(name)) throw new SimError('badRequest', `${name} is given twice`);
    if (attributeModel.usedWhen === 'Never' || (!creating && attributeModel.usedWhen === 'Creation'))
      throw new SimError('forbidden', `${name} of a ${model.objectName} cannot be changed`);
    checkValue(attributeModel, value);
    values.set(name, value[0] ?? '');
  }
  if (creating) {
    const missing = model.attributes.filter((a) => a.mandatory && !values.has(a.name)).map((a) => a.name);
    if (missing.length > 0)
      throw new SimError('badRequest', `Missing mandatory attribute(s): ${missing.join(', ')}`);
  }
  return values;
}
