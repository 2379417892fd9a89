import { z } from 'zod';

/** Answer to `GET …/pbxs`: node ids as strings. */
export const pbxNodeListSchema = z.object({ nodeIds: z.array(z.string()) });
/** Parsed node list. */
export type PbxNodeList = z.infer<typeof pbxNodeListSchema>;

/** Answer to `GET …/pbxs/{nodeId}`: here the node id is a number. */
export const pbxNodeSchema = z.object({ nodeId: z.number().int(), fqdn: z.string().optional() });
/** Parsed node. */
export type PbxNode = z.infer<typeof pbxNodeSchema>;

/** One OXE attribute; `value` is always a list of strings, booleans and numbers included. */
export const pbxAttributeSchema = z.object({ name: z.string(), value: z.array(z.string()) });
/** Parsed attribute. */
export type PbxAttribute = z.infer<typeof pbxAttributeSchema>;

/** An OXE configuration object instance (e.g. a Subscriber). */
export const pbxObjectSchema = z.object({
  objectName: z.string(),
  objectId: z.string().optional(),
  attributes: z.array(pbxAttributeSchema).default([]),
  /** Names of the instantiable sub-objects, to build deeper paths. */
  objectNames: z.array(z.string()).default([]),
});
/** Parsed object instance. */
export type PbxObject = z.infer<typeof pbxObjectSchema>;

/** Answer to `GET …/pbxs/{nodeId}/instances/{objectName}`: the ids of its instances. */
export const pbxObjectIdsSchema = z.object({ objectName: z.string(), objectIds: z.array(z.string()) });
/** Parsed instance id list. */
export type PbxObjectIds = z.infer<typeof pbxObjectIdsSchema>;

/** The model of one attribute of an object. */
export const pbxAttributeModelSchema = z.object({
  name: z.string(),
  mandatory: z.boolean().default(false),
  /** `Enumerated`, `OctetString`, `Sequence`, `Integer`, `Boolean`, `Set` or `ByteString`. */
  typeValue: z.string(),
  multiValue: z.boolean().default(false),
  lengthValue: z.string().optional(),
  filtering: z.boolean().default(false),
  allowedValues: z.array(z.string()).optional(),
  defaultValue: z.string().optional(),
  usedWhen: z.string().optional(),
});

/** The model of an object (`GET …/pbxs/{nodeId}/model/{objectName}`). */
export interface PbxObjectModel {
  objectName: string;
  hidden?: boolean;
  create?: boolean;
  delete?: boolean;
  set?: boolean;
  get?: boolean;
  otherActions?: string[];
  attributes: z.infer<typeof pbxAttributeModelSchema>[];
  objects?: PbxObjectModel[];
}
/** An object model, with its sub-objects' models. */
export const pbxObjectModelSchema: z.ZodType<PbxObjectModel> = z.lazy(() =>
  z.object({
    objectName: z.string(),
    hidden: z.boolean().optional(),
    create: z.boolean().optional(),
    delete: z.boolean().optional(),
    set: z.boolean().optional(),
    get: z.boolean().optional(),
    otherActions: z.array(z.string()).optional(),
    attributes: z.array(pbxAttributeModelSchema),
    objects: z.array(pbxObjectModelSchema).optional(),
  }),
);

/** Body of `POST …/instances/{objectPath}` (create under an object name) and `PUT …/instances/{objectPath}` (only the changes). */
export const pbxObjectChangeRequestSchema = z.object({ attributes: z.array(pbxAttributeSchema).min(1) });
/** Parsed create/change request. */
export type PbxObjectChangeRequest = z.infer<typeof pbxObjectChangeRequestSchema>;
