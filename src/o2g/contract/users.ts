import { z } from 'zod';

/** A device of a user. `subType` is a free model string (`"SIP_Extension"` for the lab's phones). */
export const userDeviceSchema = z.object({
  /** `DECT`, `DESKPHONE`, `MOBILE` or `SOFTPHONE`. */
  type: z.string(),
  id: z.string(),
  subType: z.string().optional(),
});
/** Parsed user device. */
export type UserDevice = z.infer<typeof userDeviceSchema>;

/** The voicemail a user is attached to: the number to dial and the kind of voicemail server. */
export const userVoicemailSchema = z.object({
  number: z.string(),
  /** `VM_4635`, `VM_4645` or `EXTERNAL`. */
  type: z.string(),
});

/** An O2G user (`GET …/users/{loginName}`). Users without voicemail have no `voicemail`. */
export const userSchema = z.object({
  companyPhone: z.string(),
  /** May be `""`. */
  firstName: z.string(),
  lastName: z.string(),
  loginName: z.string(),
  voicemail: userVoicemailSchema.optional(),
  devices: z.array(userDeviceSchema).optional(),
  /** A string on the wire, e.g. `"1"`. */
  nodeId: z.string(),
  externalLogin: z.string().optional(),
  /** Exact spelling: capital A and M. */
  eMailAddress: z.string().optional(),
});
/** Parsed user. */
export type User = z.infer<typeof userSchema>;

/** Answer to `GET …/logins`: an administrator sees every login, a user only its own. */
export const loginListSchema = z.object({ loginNames: z.array(z.string()) });
/** Parsed login list. */
export type LoginList = z.infer<typeof loginListSchema>;

/** Answer to `GET …/users/{loginName}/preferences` (two-letter language codes). */
export const userPreferencesSchema = z.object({
  guiLanguage: z.string().optional(),
  oxeLanguage: z.string().optional(),
});
/** Parsed user preferences. */
export type UserPreferences = z.infer<typeof userPreferencesSchema>;

/** Answer to `GET …/users/{loginName}/preferences/supportedLanguages`. */
export const supportedLanguagesSchema = z.object({
  supportedLanguages: z.array(z.string()),
  supportedGuiLanguages: z.array(z.string()),
});
/** Parsed supported languages. */
export type SupportedLanguages = z.infer<typeof supportedLanguagesSchema>;

/** Body of `PUT …/users/{loginName}/password` (answered 204). */
export const passwordChangeRequestSchema = z.object({
  oldPassword: z.string(),
  newPassword: z.string().min(1),
});
/** Parsed password change. */
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;

/** `OnUserInfoChanged` (package `user`): the user's data changed. */
export const onUserInfoChangedSchema = z.object({
  eventName: z.literal('OnUserInfoChanged'),
  loginName: z.string(),
  user: userSchema.optional(),
});
/** Parsed `OnUserInfoChanged`. */
export type OnUserInfoChanged = z.infer<typeof onUserInfoChangedSchema>;
