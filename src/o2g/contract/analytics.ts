import { z } from 'zod';

/** One OXE incident. `date` is `dd/MM/yy`, `hour` `HH:mm:ss`; `value` is the incident number. */
export const incidentSchema = z.object({
  date: z.string(),
  hour: z.string(),
  severity: z.number().int(),
  value: z.string(),
  /** The incident's description. */
  type: z.string(),
  nbOccurs: z.number().int(),
  node: z.string(),
  main: z.boolean().default(false),
  rack: z.string().optional(),
  board: z.string().optional(),
  equipment: z.string().optional(),
  termination: z.string().optional(),
});
/** Parsed incident. */
export type Incident = z.infer<typeof incidentSchema>;

/** Answer to `GET …/usages/incidents?nodeId=`. */
export const incidentListSchema = z.object({ incidents: z.array(incidentSchema) });
/** Parsed incident list. */
export type IncidentList = z.infer<typeof incidentListSchema>;

/** A charging (ticket) file; `date` is `dd/MM/yy`. */
export const chargingFileSchema = z.object({ name: z.string(), date: z.string(), time: z.string() });

/** Answer to `GET …/usages/charging/files?nodeId=`. */
export const chargingFileListSchema = z.object({ files: z.array(chargingFileSchema) });
/** Parsed charging file list. */
export type ChargingFileList = z.infer<typeof chargingFileListSchema>;

/** One charging ticket; `startDate` reads `yyyyMMdd HH:mm:ss`. */
export const chargingSchema = z.object({
  caller: z.string(),
  name: z.string().optional(),
  called: z.string(),
  initialDialledNumber: z.string().optional(),
  callNumber: z.number().int(),
  chargingUnits: z.number().int(),
  cost: z.number(),
  startDate: z.string(),
  duration: z.number().int(),
  callType: z.string(),
  effectiveCallDuration: z.number().int(),
  actingExtensionNumberNode: z.number().int(),
  internalFacilities: z.object({ facilities: z.array(z.string()) }).optional(),
  externalFacilities: z.object({ facilities: z.array(z.string()) }).optional(),
});

/** Answer to `GET …/usages/charging?nodeId=`. */
export const chargingResultSchema = z.object({
  chargings: z.array(chargingSchema),
  fromDate: z.string().optional(),
  toDate: z.string().optional(),
  nbChargingFiles: z.number().int(),
  totalTicketNb: z.number().int(),
  valuableTicketNb: z.number().int(),
});
/** Parsed charging result. */
export type ChargingResult = z.infer<typeof chargingResultSchema>;
