import type { Lab, LabDevice, LabUser } from '../labs/load-lab';
import type { Outcome } from './domain-events';
import { SimError } from './sim-error';

declare module './domain-events' {
  interface DomainEventMap {
    /** A user's description changed (its names, through PBX management). */
    userInfoChanged: { loginName: string };
    /** A user came into being (an OXE subscriber created through PBX management). */
    userCreated: { loginName: string };
    /** A user ceased to exist (its subscriber deleted). */
    userDeleted: { loginName: string; companyPhone: string };
  }
}

/** Someone who can authenticate: an O2G administrator or a user (an OXE subscriber with a login). */
export interface Account {
  readonly loginName: string;
  readonly admin: boolean;
  /** The OXE subscriber behind a user account; absent for administrators. */
  readonly user?: LabUser;
}

/**
 * The lab's accounts, users and devices, indexed for the lookups routes need. PBX management adds and
 * removes users (subscribers); the lab file itself is never touched, so a reset finds it as it was.
 */
export class Directory {
  readonly #passwords = new Map<string, string>();
  readonly #accounts = new Map<string, Account>();
  readonly #usersByNumber = new Map<string, LabUser>();
  readonly #devices = new Map<string, { device: LabDevice; user: LabUser }>();

  constructor(lab: Lab) {
    for (const admin of lab.administrators) {
      this.#accounts.set(admin.loginName, { loginName: admin.loginName, admin: true });
      this.#passwords.set(admin.loginName, admin.password);
    }
    for (const user of lab.users) this.#index(user);
  }

  /** Whether a number is taken by a user or one of its devices (a new subscriber needs a free one). */
  numberInUse(phoneNumber: string): boolean {
    return this.userByPhoneNumber(phoneNumber) !== undefined;
  }

  /** Adds a user (a new OXE subscriber); its login and numbers must be free, which the caller checked. */
  addUser(user: LabUser, at: number): Outcome<LabUser> {
    if (this.#accounts.has(user.loginName) || this.numberInUse(user.companyPhone))
      throw new SimError('conflict', `${user.loginName} or ${user.companyPhone} already exists`);
    this.#index(user);
    return { result: user, events: [{ type: 'userCreated', at, loginName: user.loginName }] };
  }

  /** Removes a user with its numbers and devices; its login no longer authenticates. */
  removeUser(loginName: string, at: number): Outcome<LabUser> {
    const user = this.user(loginName);
    if (!user) throw new SimError('notFound', `Unknown user ${loginName}`);
    this.#accounts.delete(loginName);
    this.#passwords.delete(loginName);
    this.#usersByNumber.delete(user.companyPhone);
    for (const device of user.devices) this.#devices.delete(device.id);
    return {
      result: user,
      events: [{ type: 'userDeleted', at, loginName, companyPhone: user.companyPhone }],
    };
  }

  #index(user: LabUser): void {
    this.#accounts.set(user.loginName, { loginName: user.loginName, admin: false, user });
    this.#passwords.set(user.loginName, user.password);
    this.#usersByNumber.set(user.companyPhone, user);
    for (const device of user.devices) this.#devices.set(device.id, { device, user });
  }

  /** The account whose login and password match, or undefined; one answer for both mistakes, as a server should. */
  checkPassword(loginName: string, password: string): Account | undefined {
    const expected = this.#passwords.get(loginName);
    return expected !== undefined && expected === password ? this.#accounts.get(loginName) : undefined;
  }

  /**
   * Changes a login's password (`PUT …/users/{loginName}/password`). The old one must match: 403
   * otherwise, as when authentication is delegated and the O2G cannot change it.
   */
  changePassword(loginName: string, oldPassword: string, newPassword: string): Outcome<void> {
    if (this.#passwords.get(loginName) !== oldPassword) {
      throw new SimError('forbidden', `The old password of ${loginName} does not match`);
    }
    this.#passwords.set(loginName, newPassword);
    return { result: undefined, events: [] };
  }

  /**
   * Renames a user (the OXE subscriber's `Annu_First_Name` / `Annu_Name`). The lab's objects are not
   * touched: the user is replaced by a renamed copy, so a reset finds the lab as it was.
   */
  rename(loginName: string, names: { firstName?: string; lastName?: string }, at: number): Outcome<LabUser> {
    const user = this.user(loginName);
    if (!user) throw new SimError('notFound', `Unknown user ${loginName}`);
    const renamed: LabUser = { ...user, ...names };
    this.#accounts.set(loginName, { loginName, admin: false, user: renamed });
    this.#usersByNumber.set(renamed.companyPhone, renamed);
    for (const device of renamed.devices) this.#devices.set(device.id, { device, user: renamed });
    const changed = renamed.firstName !== user.firstName || renamed.lastName !== user.lastName;
    return { result: renamed, events: changed ? [{ type: 'userInfoChanged', at, loginName }] : [] };
  }

  account(loginName: string): Account | undefined {
    return this.#accounts.get(loginName);
  }

  /** Every user (not administrators), in lab order. */
  users(): LabUser[] {
    return [...this.#accounts.values()].flatMap((account) => (account.user ? [account.user] : []));
  }

  user(loginName: string): LabUser | undefined {
    return this.#accounts.get(loginName)?.user;
  }

  /** The user whose extension (companyPhone) or one of whose devices has this number. */
  userByPhoneNumber(phoneNumber: string): LabUser | undefined {
    return this.#usersByNumber.get(phoneNumber) ?? this.#devices.get(phoneNumber)?.user;
  }

  device(deviceId: string): { device: LabDevice; user: LabUser } | undefined {
    return this.#devices.get(deviceId);
  }
}
