import { z } from 'zod';
import { oneOfText } from './known-values';
import { userDeviceSchema } from './users';

/** Answer to `GET …/users/{loginName}/devices`. */
export const deviceListSchema = z.object({ devices: z.array(userDeviceSchema) });
/** Parsed device list. */
export type DeviceList = z.infer<typeof deviceListSchema>;

/** A programmable key. Note the list key `pkeys` and the path spelling `programmeableKeys`. */
export const programmableKeySchema = z.object({
  position: z.number().int().positive(),
  number: z.string().optional(),
  mnemonic: z.string().optional(),
  locked: z.boolean().default(false),
});
/** Parsed programmable key. */
export type ProgrammableKey = z.infer<typeof programmableKeySchema>;

/** Answer to `GET …/programmeableKeys` (the whole layout) and `…/programmedKeys` (only assigned keys). */
export const programmableKeyListSchema = z.object({ pkeys: z.array(programmableKeySchema) });

/** A soft key (list key `skeys`). */
export const softKeySchema = z.object({
  position: z.number().int().positive(),
  number: z.string().optional(),
  mnemonic: z.string().optional(),
});
/** Parsed soft key. */
export type SoftKey = z.infer<typeof softKeySchema>;

/** Answer to `GET …/softKeys`. */
export const softKeyListSchema = z.object({ skeys: z.array(softKeySchema) });

/** How the OXE checks a set's PIN. */
export const PIN_CONTROL_TYPES = [
  'PIN_Category',
  'PIN_Restricted_To_Owner_Set',
  'PIN_Universal_Access',
  'PIN_By_Group',
] as const;

/** The set's PIN; the keys are OXE attribute names (Capitalised_Snake). */
export const phoneSetPinSchema = z.object({
  Pin_Number: z.string(),
  With_Secret_Code: z.boolean().default(false),
  Pin_Type_Of_Control: oneOfText(PIN_CONTROL_TYPES),
  Pin_Group: z.number().int(),
});
/** Parsed PIN. */
export type PhoneSetPin = z.infer<typeof phoneSetPinSchema>;

/** Answer to `GET …/dynamicState`. */
export const phoneSetDynamicStateSchema = z.object({
  lock: z.boolean().default(false),
  campon: z.boolean().default(false),
  associate: z.string().optional(),
});
/** Parsed dynamic state. */
export type PhoneSetDynamicState = z.infer<typeof phoneSetDynamicStateSchema>;

/** Body of `PUT …/associate`. */
export const associateRequestSchema = z.object({ associate: z.string().regex(/^[0-9]+$/) });
