import { z } from 'zod';

/** A host name and address; an empty object when there is none. */
export const networkAddressSchema = z.object({ fqdn: z.string().optional(), ip: z.string().optional() });

/** The state of the O2G's own services. Note the single-d spelling `globalIPAdress`. */
export const systemServicesSchema = z.object({
  services: z.array(z.object({ name: z.string(), status: z.string(), mode: z.string().optional() })),
  globalIPAdress: z.string().optional(),
  drbd: z.string().optional(),
});

/** One OXE node as the O2G sees it. `nodeId` is a number here, unlike everywhere else. */
export const pbxStatusSchema = z.object({
  name: z.string(),
  nodeId: z.number().int(),
  mainAddress: networkAddressSchema,
  secondaryAddress: networkAddressSchema.optional(),
  version: z.string(),
  connected: z.boolean().default(false),
  loaded: z.boolean().default(false),
  /** `CONNECTED_MAIN`, `CONNECTED_SECONDARY` or `DISCONNECTED`. */
  ctiLinkState: z.string(),
  secured: z.boolean().default(false),
  monitoredUserNumber: z.number().int(),
  lmsConnectionStatus: z.boolean().default(false),
});

/** One licence counter; `expiration` reads like `31-dec-2026`. */
export const licenseSchema = z.object({
  name: z.string(),
  total: z.number().int(),
  currentUsed: z.number().int(),
  expiration: z.string().optional(),
  application: z.boolean().default(false),
});

/** Answer to `GET …/system/status` (administrators only). */
export const systemStatusSchema = z.object({
  logicalAddress: networkAddressSchema,
  /** ISO-8601 instant the O2G started. */
  startDate: z.string(),
  /** High availability (not `haMode`, which is discovery's name). */
  ha: z.boolean().default(false),
  primary: z.string(),
  primaryVersion: z.string(),
  primaryServicesStatus: systemServicesSchema,
  secondary: z.string().optional(),
  secondaryVersion: z.string().optional(),
  secondaryServicesStatus: systemServicesSchema.optional(),
  pbxs: z.array(pbxStatusSchema),
  license: z.object({
    /** `FLEXLM` or `LMS`. */
    type: z.string(),
    context: z.string().optional(),
    currentServer: z.string().optional(),
    status: z.string().optional(),
    statusMessage: z.string().optional(),
    lics: z.array(licenseSchema),
  }),
  systemResources: networkAddressSchema.optional(),
  /** `PBX_MANAGEMENT` or `FULL_SERVICES`. */
  configurationType: z.string(),
  applicationId: z.string().optional(),
  /** `A4980`, `ALL` or `NONE`. */
  subscriberFilter: z.string().optional(),
  /** OXR recording servers and recorded devices (in the capture; no SDK models them). */
  recordingStatus: z.object({ oxrs: z.array(z.unknown()), devices: z.array(z.unknown()) }).optional(),
  tcollected: z.boolean().optional(),
  callCenterFeaturesActive: z.boolean().optional(),
});
/** Parsed system status. */
export type SystemStatus = z.infer<typeof systemStatusSchema>;
