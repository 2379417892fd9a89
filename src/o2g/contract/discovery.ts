import { z } from 'zod';

/** The only REST API version O2G exposes, and the one every SDK asks for. */
export const O2G_API_VERSION = '1.0';

/** Product and version of the O2G answering discovery. */
export const serverInfoSchema = z.object({
  /** e.g. `"O2G Services 2.2.1"`. */
  productName: z.string(),
  /** e.g. `"O2G"`. */
  productType: z.string(),
  /** Both parts are strings on the wire, e.g. `{ major: "14.2", minor: "001.004" }`. */
  productVersion: z.object({ major: z.string(), minor: z.string() }),
  /** True when the O2G runs as a high-availability pair. */
  haMode: z.boolean().default(false),
});
/** Parsed `serverInfo` of the discovery answer. */
export type ServerInfo = z.infer<typeof serverInfoSchema>;

/** One REST API version offered by the O2G, with the absolute URLs that authenticate for it. */
export const apiVersionSchema = z.object({
  /** e.g. `"1.0"`. */
  id: z.string(),
  /** `"CURRENT"` for the version a client should pick when it asks for none. */
  status: z.string(),
  /** Absolute authenticate URL for clients outside the O2G's network. */
  publicUrl: z.string(),
  /** Absolute authenticate URL for clients on the O2G's network. */
  internalUrl: z.string(),
});
/** Parsed entry of `versions[]` in the discovery answer. */
export type ApiVersion = z.infer<typeof apiVersionSchema>;

/** The answer to `GET /api/rest`: where a client starts, without authentication. */
export const discoveryAnswerSchema = z.object({
  serverInfo: serverInfoSchema,
  versions: z.array(apiVersionSchema),
  /** Customer-specific feature flags; an empty array on a standard O2G. */
  custoFeatures: z.array(z.record(z.string(), z.boolean())).default([]),
});
/** Parsed answer to `GET /api/rest`. */
export type DiscoveryAnswer = z.infer<typeof discoveryAnswerSchema>;
