import { z } from 'zod';

// The lab is data, not code: everything a lab file may say is here, with the defaults of the embedded
// lab where a lab file may stay silent. Lab types belong to the simulator, not to the O2G contract.

const digits = (what: string) => z.string().regex(/^[0-9]+$/, `${what} must be digits only`);

const deviceSchema = z.object({
  /** The device id O2G reports; for a lab SIP phone it is the extension number. */
  id: digits('a device id'),
  type: z.enum(['DECT', 'DESKPHONE', 'MOBILE', 'SOFTPHONE']).default('DESKPHONE'),
  subType: z.string().default('SIP_Extension'),
});

/** How the simulated phone behaves, since nobody holds it. All off by default. */
const phoneBehaviourSchema = z.object({
  /** Answer a ringing call by itself after this many seconds; null never answers. */
  autoAnswerAfterSeconds: z.number().int().positive().nullable().default(null),
  busy: z.boolean().default(false),
  outOfService: z.boolean().default(false),
});

const userSchema = z.object({
  loginName: z.string().min(1),
  password: z.string().min(1),
  /** The user's directory number (the extension). */
  companyPhone: digits('a companyPhone'),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  devices: z.array(deviceSchema).min(1),
  /** Present when the user has a voicemail box. */
  mailbox: z.object({ password: digits('a mailbox password') }).optional(),
  phone: phoneBehaviourSchema.default({ autoAnswerAfterSeconds: null, busy: false, outOfService: false }),
});

const labObjectSchema = z.object({
  name: z.string().default('O2G lab'),
  product: z.object({
    productName: z.string().min(1),
    productType: z.string().min(1),
    productVersion: z.object({ major: z.string(), minor: z.string() }),
    haMode: z.boolean().default(false),
  }),
  oxe: z.object({ nodeId: z.string().min(1) }),
  administrators: z.array(z.object({ loginName: z.string().min(1), password: z.string().min(1) })),
  session: z.object({
    timeToLive: z.number().int().positive(),
    /**
     * Seconds a session survives past its timeToLive: the Java and C# SDKs keep alive at 100 % of the
     * TTL, so expiring exactly on time would race with them.
     */
    expiryGraceSeconds: z.number().int().nonnegative().default(60),
  }),
  /**
   * The most one O2G serves: past a cap, opening a session or a subscription is refused (403 past a
   * user's own cap, 503 past the server's). The defaults leave room for the benchmarks, which open up
   * to 2,000 sessions (400 per user), each with its subscription.
   */
  limits: z
    .object({
      sessionsPerUser: z.number().int().positive().default(500),
      sessions: z.number().int().positive().default(3000),
      subscriptionsPerUser: z.number().int().positive().default(500),
      subscriptions: z.number().int().positive().default(3000),
    })
    .default({ sessionsPerUser: 500, sessions: 3000, subscriptionsPerUser: 500, subscriptions: 3000 }),
  telephony: z.object({
    ringTimeoutSeconds: z.number().int().positive().default(20),
    /** How long a parked call waits to be taken before the parker's set rings back. */
    parkTimeoutSeconds: z.number().int().positive().default(60),
    /** Dial prefix + 2 + 3 digits + an extension to loop a call through the trunk. */
    trunkLoopbackPrefix: digits('the trunk loopback prefix'),
  }),
  voicemail: z.object({ accessNumber: digits('the voicemail access number') }),
  users: z.array(userSchema),
  /** Hunting groups: a pilot number that rings the first free, logged-on member, in list order. */
  huntingGroups: z
    .array(
      z.object({ number: digits('a hunting group number'), members: z.array(digits('a member number')) }),
    )
    .default([]),
});

/** Rules across entries that a per-field schema cannot express: unique names and numbers that do not collide. */
function checkLabConsistency(lab: z.infer<typeof labObjectSchema>, ctx: z.RefinementCtx): void {
  const logins = new Set<string>();
  const numbers = new Map<string, string>([[lab.voicemail.accessNumber, 'the voicemail access number']]);
  const claim = (number: string, owner: string, path: (string | number)[]) => {
    const previous = numbers.get(number);
    if (previous !== undefined && previous !== owner) {
      ctx.addIssue({ code: 'custom', path, message: `number ${number} is already used by ${previous}` });
    }
    numbers.set(number, owner);
  };
  const claimLogin = (loginName: string, path: (string | number)[]) => {
    if (logins.has(loginName))
      ctx.addIssue({ code: 'custom', path, message: `login ${loginName} is defined twice` });
    logins.add(loginName);
  };
  lab.administrators.forEach((admin, i) => claimLogin(admin.loginName, ['administrators', i, 'loginName']));
  lab.users.forEach((user, i) => {
    claimLogin(user.loginName, ['users', i, 'loginName']);
    claim(user.companyPhone, user.loginName, ['users', i, 'companyPhone']);
    user.devices.forEach((device, d) => claim(device.id, user.loginName, ['users', i, 'devices', d, 'id']));
    if (user.companyPhone.startsWith(lab.telephony.trunkLoopbackPrefix)) {
      ctx.addIssue({
        code: 'custom',
        path: ['users', i, 'companyPhone'],
        message: `extension ${user.companyPhone} starts with the trunk loopback prefix`,
      });
    }
  });
  const extensions = new Set(lab.users.map((user) => user.companyPhone));
  const membership = new Map<string, string>();
  lab.huntingGroups.forEach((group, g) => {
    claim(group.number, `hunting group ${group.number}`, ['huntingGroups', g, 'number']);
    group.members.forEach((member, m) => {
      const path = ['huntingGroups', g, 'members', m];
      if (!extensions.has(member))
        ctx.addIssue({ code: 'custom', path, message: `${member} is no user's extension` });
      // An OXE user belongs to one hunting group at most.
      const other = membership.get(member);
      if (other !== undefined)
        ctx.addIssue({ code: 'custom', path, message: `${member} is already in ${other}` });
      membership.set(member, group.number);
    });
  });
}

/** Validates a parsed lab file and fills in its defaults. */
export const labSchema = labObjectSchema.superRefine(checkLabConsistency);

/** A validated lab: the accounts, phones and settings the simulator starts from. */
export type Lab = z.infer<typeof labSchema>;
/** A lab user (one OXE subscriber with an O2G login). */
export type LabUser = Lab['users'][number];
/** A device of a lab user. */
export type LabDevice = LabUser['devices'][number];
/** An O2G administrator account of the lab. */
export type LabAdministrator = Lab['administrators'][number];
