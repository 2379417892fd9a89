import type { Lab } from '../labs/load-lab';
import type { Clock } from './clock';
import type { Outcome } from './domain-events';
import { SimError } from './sim-error';

/** What happened to the O2G itself, as its `system` event package reports it. */
export type SystemFact =
  | { fact: 'ctiLinkDown' | 'ctiLinkUp' | 'pbxLinkDown' | 'pbxLinkUp' | 'pbxLoaded'; nodeId: string }
  | { fact: 'licenseExpiration'; nbDays: number }
  | { fact: 'serverStart'; serverId: string };

declare module './domain-events' {
  interface DomainEventMap {
    systemChanged: { change: SystemFact };
  }
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The O2G's link to its OXE node and its licences, as `GET …/system/status` shows them. Nothing in the
 * lab breaks them: lab controls do, to let clients see the maintenance events and the status follow.
 */
export class SystemState {
  /** The PBX link (the OXE is reachable) and the CTI link (events and call control) of the one node. */
  pbxConnected = true;
  ctiConnected = true;
  /** All subscribers loaded from the OXE. */
  loaded = true;
  /** When the licences expire; by default the end of next year. */
  licenceExpiresAt: number;

  constructor(
    private readonly lab: Lab,
    private readonly clock: Clock,
  ) {
    const year = new Date(clock.now()).getUTCFullYear() + 1;
    this.licenceExpiresAt = Date.UTC(year, 11, 31);
  }

  /** Cuts or restores the CTI link; cutting the PBX link cuts CTI too, and the node must reload after. */
  setLink(link: 'cti' | 'pbx', up: boolean): Outcome<void> {
    const nodeId = this.lab.oxe.nodeId;
    const facts: SystemFact[] = [];
    if (link === 'cti' && up && !this.pbxConnected)
      throw new SimError('conflict', 'The PBX link is down: bring it up first');
    if (link === 'pbx' && this.pbxConnected !== up) {
      this.pbxConnected = up;
      if (!up) this.loaded = false;
      facts.push({ fact: up ? 'pbxLinkUp' : 'pbxLinkDown', nodeId });
    }
    const cti = link === 'cti' ? up : up ? this.ctiConnected : false;
    if (this.ctiConnected !== cti) {
      this.ctiConnected = cti;
      facts.push({ fact: cti ? 'ctiLinkUp' : 'ctiLinkDown', nodeId });
    }
    return this.#outcome(facts);
  }

  /** The node finished loading its subscribers (after its link came back). */
  pbxLoaded(): Outcome<void> {
    if (!this.pbxConnected) throw new SimError('conflict', 'The PBX link is down: nothing can load');
    this.loaded = true;
    return this.#outcome([{ fact: 'pbxLoaded', nodeId: this.lab.oxe.nodeId }]);
  }

  /** Moves the licences' expiry to `nbDays` from now (negative: expired) and warns, as the O2G does daily. */
  licenceExpiresIn(nbDays: number): Outcome<void> {
    this.licenceExpiresAt = this.clock.now() + nbDays * DAY_MS;
    return this.#outcome([{ fact: 'licenseExpiration', nbDays }]);
  }

  /** The O2G (re)started; only web-hook subscribers hear of it, a stream cannot outlive a restart. */
  serverStarted(serverId: string): Outcome<void> {
    return this.#outcome([{ fact: 'serverStart', serverId }]);
  }

  #outcome(facts: SystemFact[]): Outcome<void> {
    const at = this.clock.now();
    return { result: undefined, events: facts.map((change) => ({ type: 'systemChanged', at, change })) };
  }
}
