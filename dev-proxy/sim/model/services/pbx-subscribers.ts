import type { PbxAttribute, PbxObject } from '../../../../src/o2g/contract';
import type { LabUser } from '../../labs/load-lab';
import type { DomainEvent, Outcome } from '../domain-events';
import { SimError } from '../sim-error';
import type { World } from '../world';
import { subscriberObject, tscIpObject, type SubscriberExtras } from './pbx-objects';
import { checkAttributes, SUBSCRIBER_MODEL, TSC_IP_SUBSCRIBER_MODEL } from './pbx-subscriber-model';

/** The father of a sub-object in PBX events: the object whose path it sits under. */
export interface PbxObjectRef {
  objectName: string;
  objectId: string;
}

declare module '../domain-events' {
  interface DomainEventMap {
    /** An OXE configuration object was created, modified or deleted through PBX management. */
    pbxObjectChanged: {
      change: 'Created' | 'Modified' | 'Deleted';
      nodeId: string;
      objectName: string;
      objectId: string;
      father?: PbxObjectRef;
    };
  }
}

/**
 * The OXE's Subscribers as PBX management writes them. A subscriber is a lab user: creating one adds a
 * user (login `oxe<number>`, password the number, as for the lab's own users) with one SIP set that can
 * be called at once; deleting one removes them. Attribute values the user does not carry are kept here.
 * Parts are read through the world at each command, since a reset replaces them.
 */
export class PbxSubscribers {
  readonly #attributes = new Map<string, Map<string, string>>();
  readonly #tscIp = new Map<string, Map<string, string>>();

  constructor(private readonly world: World) {}

  /** The subscriber with this directory number, or the O2G 404. */
  subscriber(objectId: string): LabUser {
    const user = this.world.directory.users().find((u) => u.companyPhone === objectId);
    if (!user)
      throw new SimError('notFound', `No Subscriber ${objectId} on node ${this.world.lab.oxe.nodeId}`);
    return user;
  }

  object(user: LabUser): PbxObject {
    return subscriberObject(user, this.#extras(user.companyPhone));
  }

  tscIp(user: LabUser): PbxObject {
    return tscIpObject(user, this.#extras(user.companyPhone));
  }

  create(attributes: readonly PbxAttribute[]): Outcome<PbxObject> {
    const { directory, lab, clock, userServices } = this.world;
    const values = checkAttributes(SUBSCRIBER_MODEL, attributes, true);
    const number = values.get('Directory_Number') ?? '';
    const loginName = `oxe${number}`;
    if (
      number === lab.voicemail.accessNumber ||
      directory.numberInUse(number) ||
      directory.account(loginName)
    )
      throw new SimError('conflict', `Directory number ${number} is already in use`);
    if (number.startsWith(lab.telephony.trunkLoopbackPrefix))
      throw new SimError('conflict', `Directory number ${number} collides with the trunk prefix`);
    const user: LabUser = {
      loginName,
      password: number,
      companyPhone: number,
      firstName: values.get('Annu_First_Name') ?? '',
      lastName: values.get('Annu_Name') ?? '',
      devices: [{ id: number, type: 'DESKPHONE', subType: values.get('Station_Type') ?? 'SIP_Extension' }],
      phone: { autoAnswerAfterSeconds: null, busy: false, outOfService: false },
    };
    const at = clock.now();
    const { events } = directory.addUser(user, at);
    userServices.phoneSets.addDevice(number);
    this.#attributes.set(number, this.#stored(values));
    return { result: this.object(user), events: [this.#changed('Created', number, at), ...events] };
  }

  /** Sets attributes of a subscriber, or of its Tsc_IP_subscriber when `sub` is given. */
  modify(objectId: string, attributes: readonly PbxAttribute[], sub?: 'Tsc_IP_subscriber'): Outcome<void> {
    const user = this.subscriber(objectId);
    const at = this.world.clock.now();
    if (sub) {
      const values = checkAttributes(TSC_IP_SUBSCRIBER_MODEL, attributes, false);
      const tscIp = this.#tscIp.get(objectId) ?? new Map<string, string>();
      values.forEach((value, name) => tscIp.set(name, value));
      this.#tscIp.set(objectId, tscIp);
      const father = { objectName: 'Subscriber', objectId };
      return { result: undefined, events: [this.#changed('Modified', objectId, at, sub, father)] };
    }
    const values = checkAttributes(SUBSCRIBER_MODEL, attributes, false);
    const names = {
      lastName: values.get('Annu_Name') ?? user.lastName,
      firstName: values.get('Annu_First_Name') ?? user.firstName,
    };
    const { events } = this.world.directory.rename(user.loginName, names, at);
    const stored = this.#attributes.get(objectId) ?? new Map<string, string>();
    this.#stored(values).forEach((value, name) => stored.set(name, value));
    this.#attributes.set(objectId, stored);
    return { result: undefined, events: [this.#changed('Modified', objectId, at), ...events] };
  }

  /**
   * Deletes a subscriber and its user. Refused (409) while it is in a call, and while its user has an
   * open session unless `force` (then the sessions end).
   */
  delete(objectId: string, force: boolean): Outcome<void> {
    const { directory, sessions, telephony, clock, userServices } = this.world;
    const user = this.subscriber(objectId);
    if (telephony.calls(user.loginName).length > 0)
      throw new SimError('conflict', `Subscriber ${objectId} is in a call`);
    if (!force && sessions.sessionsOf(user.loginName).length > 0)
      throw new SimError('conflict', `Subscriber ${objectId} has an open O2G session; delete with force`);
    const at = clock.now();
    const closed = sessions.closeSessionsOf(user.loginName).events;
    const removed = directory.removeUser(user.loginName, at).events;
    user.devices.forEach((device) => userServices.phoneSets.removeDevice(device.id));
    this.#attributes.delete(objectId);
    this.#tscIp.delete(objectId);
    return { result: undefined, events: [...closed, this.#changed('Deleted', objectId, at), ...removed] };
  }

  #extras(objectId: string): SubscriberExtras {
    return {
      attributes: this.#attributes.get(objectId) ?? new Map(),
      tscIp: this.#tscIp.get(objectId) ?? new Map(),
    };
  }

  // The names and the number live in the user; everything else is stored.
  #stored(values: ReadonlyMap<string, string>): Map<string, string> {
    const kept = ['Directory_Number', 'Annu_Name', 'Annu_First_Name'];
    return new Map([...values].filter(([name]) => !kept.includes(name)));
  }

  #changed(
    change: 'Created' | 'Modified' | 'Deleted',
    objectId: string,
    at: number,
    objectName = 'Subscriber',
    father?: PbxObjectRef,
  ): DomainEvent {
    const nodeId = this.world.lab.oxe.nodeId;
    return { type: 'pbxObjectChanged', at, change, nodeId, objectName, objectId, ...(father && { father }) };
  }
}
