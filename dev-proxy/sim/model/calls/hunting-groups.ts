import type { Lab } from '../../labs/load-lab';
import type { Directory } from '../directory';
import { SimError } from '../sim-error';
import { incompatibleWithState, serviceNotProvided } from './telephony-errors';

// Hunting groups: membership (a user is in one group at most) and each member's log-on state. Calls to a
// pilot ring the first free member logged on, in member order (the OXE's "regular" search).

declare module '../domain-events' {
  interface DomainEventMap {
    /** A member logged on or off its hunting group (OnDynamicStateChanged). */
    huntingGroupLogonChanged: { loginName: string; logon: boolean };
  }
}

export class HuntingGroups {
  /** Group number → member extensions, in search order. */
  readonly #members = new Map<string, string[]>();
  /** Extensions logged off their group (members start logged on). */
  readonly #loggedOff = new Set<string>();

  constructor(
    lab: Lab,
    private readonly directory: Directory,
  ) {
    for (const group of lab.huntingGroups) this.#members.set(group.number, [...group.members]);
  }

  isPilot(number: string): boolean {
    return this.#members.has(number);
  }

  numbers(): string[] {
    return [...this.#members.keys()];
  }

  /** The members who take calls now, in search order (login names). */
  loggedOnMembers(pilot: string): string[] {
    return (this.#members.get(pilot) ?? [])
      .filter((extension) => !this.#loggedOff.has(extension))
      .flatMap((extension) => this.directory.userByPhoneNumber(extension)?.loginName ?? []);
  }

  /** The group the user's extension belongs to. */
  groupOf(extension: string): string | undefined {
    return [...this.#members].find(([, members]) => members.includes(extension))?.[0];
  }

  isLoggedOn(extension: string): boolean {
    return this.groupOf(extension) !== undefined && !this.#loggedOff.has(extension);
  }

  /** Logs on or off; a user in no group is refused, an unchanged state is accepted (idempotent). */
  setLogon(extension: string, logon: boolean): boolean {
    if (this.groupOf(extension) === undefined)
      throw serviceNotProvided(`${extension} is not a member of a hunting group`);
    const changed = this.isLoggedOn(extension) !== logon;
    if (logon) this.#loggedOff.delete(extension);
    else this.#loggedOff.add(extension);
    return changed;
  }

  /** Joins a group: an unknown group is an error, a member of another group must leave it first. */
  join(extension: string, pilot: string): void {
    const members = this.#members.get(pilot);
    if (!members) throw new SimError('notFound', `No hunting group ${pilot}`);
    const current = this.groupOf(extension);
    if (current === pilot) return;
    if (current !== undefined) throw incompatibleWithState(`${extension} is already a member of ${current}`);
    members.push(extension);
  }

  /** Leaves a group; not being in it changes nothing (as the SDK documents). */
  leave(extension: string, pilot: string): void {
    const members = this.#members.get(pilot);
    if (!members) throw new SimError('notFound', `No hunting group ${pilot}`);
    this.#members.set(
      pilot,
      members.filter((member) => member !== extension),
    );
    this.#loggedOff.delete(extension);
  }

  /** Everything that can change, for comparisons. */
  snapshot(): unknown {
    return { members: [...this.#members], loggedOff: [...this.#loggedOff].sort() };
  }
}
