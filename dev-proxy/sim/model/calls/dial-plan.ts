import type { PartyInfo } from '../../../../src/o2g/contract';
import type { Lab, LabUser } from '../../labs/load-lab';
import type { Directory } from '../directory';
import type { Destination } from './call-types';
import { invalidDestination } from './telephony-errors';

/**
 * Where a dialled number leads in the lab: an extension (or one of its devices), the voicemail access
 * number, or the trunk loopback `<prefix><2 digits><3 digits><extension>`, which leaves on the trunk and
 * comes back to that extension as an external call. Anything else is not in the dial plan.
 */
export function resolveDestination(number: string, lab: Lab, directory: Directory): Destination {
  if (number === lab.voicemail.accessNumber) return { kind: 'voicemail', number };
  if (lab.huntingGroups.some((group) => group.number === number)) return { kind: 'pilot', number };
  const user = directory.userByPhoneNumber(number);
  if (user) return { kind: 'user', loginName: user.loginName, deviceId: deviceFor(user, number), number };

  const prefix = lab.telephony.trunkLoopbackPrefix;
  const loop = new RegExp(`^${prefix}(\\d{2})(\\d{3})(\\d+)$`).exec(number);
  const extension = loop?.[3];
  const looped = extension === undefined ? undefined : directory.userByPhoneNumber(extension);
  if (loop && looped) {
    return {
      kind: 'loopback',
      loginName: looped.loginName,
      deviceId: deviceFor(looped, extension ?? ''),
      number,
      callerPrefix: `${prefix}${loop[1] ?? ''}${loop[2] ?? ''}`,
    };
  }
  throw invalidDestination(number);
}

function deviceFor(user: LabUser, number: string): string {
  return user.devices.find((device) => device.id === number)?.id ?? user.devices[0]?.id ?? user.companyPhone;
}

/** How other parties see a lab user inside the PBX. */
export function userIdentity(user: LabUser): PartyInfo {
  return {
    id: { loginName: user.loginName, phoneNumber: user.companyPhone },
    firstName: user.firstName,
    lastName: user.lastName,
    type: { main: 'USER' },
  };
}

/** How a party arriving on (or leaving through) the trunk is seen: a public number, nothing more. */
export function externalIdentity(phoneNumber: string): PartyInfo {
  return { id: { phoneNumber }, type: { main: 'EXTERNAL', subType: 'public' } };
}

/** A hunting group's pilot, as the caller is shown it before a member answers. */
export function pilotIdentity(number: string): PartyInfo {
  return { id: { phoneNumber: number }, type: { main: 'DEVICE', subType: 'huntingGroup' } };
}

/** The voicemail server as a call party. */
export function voicemailIdentity(accessNumber: string): PartyInfo {
  return {
    id: { phoneNumber: accessNumber },
    displayName: 'Voicemail',
    type: { main: 'SERVICE', subType: 'voicemail' },
  };
}
