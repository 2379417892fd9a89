import type { User } from '../../../../src/o2g/contract';
import type { Lab, LabUser } from '../../labs/load-lab';

/**
 * A lab user as O2G describes it (`GET …/users/{loginName}`, `OnUserInfoChanged`). The voicemail kind is
 * the OXE's built-in 4645, the usual one; users without a mailbox have no `voicemail`.
 */
export function userJson(lab: Lab, user: LabUser): User {
  return {
    companyPhone: user.companyPhone,
    firstName: user.firstName,
    lastName: user.lastName,
    loginName: user.loginName,
    voicemail: user.mailbox ? { number: lab.voicemail.accessNumber, type: 'VM_4645' } : undefined,
    devices: user.devices.map(({ type, id, subType }) => ({ type, id, subType })),
    nodeId: lab.oxe.nodeId,
  };
}
