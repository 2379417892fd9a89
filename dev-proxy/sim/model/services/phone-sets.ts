import type {
  PhoneSetDynamicState,
  PhoneSetPin,
  ProgrammableKey,
  SoftKey,
} from '../../../../src/o2g/contract';
import type { Lab } from '../../labs/load-lab';
import { SimError } from '../sim-error';

/** The programmable state of one lab phone set. */
interface PhoneSet {
  pkeys: Map<number, ProgrammableKey>;
  skeys: Map<number, SoftKey>;
  lock: boolean;
  campon: boolean;
  remoteExtension: boolean;
  associate?: string;
  pin: PhoneSetPin;
}

/** Key layout of the lab's SIP sets: 10 programmable keys and 6 soft keys, all free at first. */
export const PROGRAMMABLE_KEY_COUNT = 10;
export const SOFT_KEY_COUNT = 6;

/** Phone-set programming of every lab device: keys, lock, camp-on, remote extension, PIN, associate. */
export class PhoneSets {
  readonly #byDevice = new Map<string, PhoneSet>();

  constructor(lab: Lab) {
    for (const user of lab.users) for (const device of user.devices) this.addDevice(device.id);
  }

  /** A new set with nothing programmed (a lab device, or a subscriber created through PBX management). */
  addDevice(deviceId: string): void {
    this.#byDevice.set(deviceId, {
      pkeys: new Map(),
      skeys: new Map(),
      lock: false,
      campon: false,
      remoteExtension: false,
      pin: { Pin_Number: '0000', With_Secret_Code: false, Pin_Type_Of_Control: 'PIN_Category', Pin_Group: 0 },
    });
  }

  /** Forgets a deleted subscriber's set. */
  removeDevice(deviceId: string): void {
    this.#byDevice.delete(deviceId);
  }

  /** The whole layout, free positions included (only `position` set). */
  programmableKeys(deviceId: string): ProgrammableKey[] {
    const set = this.#set(deviceId);
    return Array.from(
      { length: PROGRAMMABLE_KEY_COUNT },
      (_, i) => set.pkeys.get(i + 1) ?? { position: i + 1, locked: false },
    );
  }

  /** Only the assigned keys. */
  programmedKeys(deviceId: string): ProgrammableKey[] {
    return [...this.#set(deviceId).pkeys.values()].sort((a, b) => a.position - b.position);
  }

  setProgrammableKey(deviceId: string, key: ProgrammableKey): void {
    this.#checkPosition(key.position, PROGRAMMABLE_KEY_COUNT);
    this.#set(deviceId).pkeys.set(key.position, key);
  }

  deleteProgrammableKey(deviceId: string, position: number): void {
    this.#checkPosition(position, PROGRAMMABLE_KEY_COUNT);
    this.#set(deviceId).pkeys.delete(position);
  }

  softKeys(deviceId: string): SoftKey[] {
    return [...this.#set(deviceId).skeys.values()].sort((a, b) => a.position - b.position);
  }

  setSoftKey(deviceId: string, key: SoftKey): void {
    this.#checkPosition(key.position, SOFT_KEY_COUNT);
    this.#set(deviceId).skeys.set(key.position, key);
  }

  deleteSoftKey(deviceId: string, position: number): void {
    this.#checkPosition(position, SOFT_KEY_COUNT);
    this.#set(deviceId).skeys.delete(position);
  }

  setFlag(deviceId: string, flag: 'lock' | 'campon' | 'remoteExtension', activate: boolean): void {
    this.#set(deviceId)[flag] = activate;
  }

  pin(deviceId: string): PhoneSetPin {
    return this.#set(deviceId).pin;
  }

  setPin(deviceId: string, pin: PhoneSetPin): void {
    this.#set(deviceId).pin = pin;
  }

  setAssociate(deviceId: string, associate: string): void {
    this.#set(deviceId).associate = associate;
  }

  dynamicState(deviceId: string): PhoneSetDynamicState {
    const { lock, campon, associate } = this.#set(deviceId);
    return { lock, campon, associate };
  }

  #set(deviceId: string): PhoneSet {
    const set = this.#byDevice.get(deviceId);
    if (!set) throw new SimError('notFound', `Unknown device ${deviceId}`);
    return set;
  }

  #checkPosition(position: number, count: number): void {
    if (!Number.isInteger(position) || position < 1 || position > count) {
      throw new SimError('badRequest', `Key position must be between 1 and ${count}, got ${position}`);
    }
  }
}
