import type { DomainEvent } from '../model/domain-events';
import type {} from '../model/services/pbx-subscribers';
import { userJson } from '../model/services/user-view';
import { SYSTEM_SCOPE } from '../model/subscriptions';
import type { SystemFact } from '../model/system-state';
import type { World } from '../model/world';
import type { EventTranslator, O2gEventLine } from './event-translator';

// The administrators' packages are not about a login: they translate only for the system scope.
const forSystem = (loginName: string) => loginName === SYSTEM_SCOPE;

/** `pbxManagement`: one event per object written; `nodeId` a string, as the SDKs type it. */
export const pbxManagementTranslator: EventTranslator = {
  package: 'pbxManagement',
  translate(event: DomainEvent, loginName: string): O2gEventLine[] {
    if (event.type !== 'pbxObjectChanged' || !forSystem(loginName)) return [];
    const { change, nodeId, objectName, objectId, father } = event;
    return [{ eventName: `OnPbxObjectInstance${change}`, nodeId, objectName, objectId, father }];
  },
};

/** `userManagement`: a user created (in full, as `GET …/users/{loginName}` shows it) or deleted. */
export const userManagementTranslator: EventTranslator = {
  package: 'userManagement',
  translate(event: DomainEvent, loginName: string, world: World): O2gEventLine[] {
    if (!forSystem(loginName)) return [];
    if (event.type === 'userDeleted') return [{ eventName: 'OnUserDeleted', loginName: event.loginName }];
    if (event.type !== 'userCreated') return [];
    const user = world.directory.user(event.loginName);
    return user ? [{ eventName: 'OnUserCreated', user: userJson(world.lab, user) }] : [];
  },
};

const LINK_EVENTS = {
  ctiLinkDown: 'OnCtiLinkDown',
  ctiLinkUp: 'OnCtiLinkUp',
  pbxLinkDown: 'OnPbxLinkDown',
  pbxLinkUp: 'OnPbxLinkUp',
  pbxLoaded: 'OnPbxLoaded',
} as const;

/** The `system` event of a fact; OnServerStart is left to web hooks (no stream outlives a restart). */
export function systemEventOf(change: SystemFact): O2gEventLine | undefined {
  switch (change.fact) {
    case 'licenseExpiration': {
      const { nbDays } = change;
      const message =
        nbDays >= 0 ? `License will expire in ${nbDays} days` : `License expired ${-nbDays} days ago`;
      return { eventName: 'OnLicenseExpiration', message, nbDays };
    }
    case 'serverStart':
      return { eventName: 'OnServerStart', serverId: change.serverId };
    default:
      return { eventName: LINK_EVENTS[change.fact], nodeId: change.nodeId };
  }
}

/** `system`: the O2G's links to its OXE, its licences. */
export const systemTranslator: EventTranslator = {
  package: 'system',
  translate(event: DomainEvent, loginName: string): O2gEventLine[] {
    if (event.type !== 'systemChanged' || !forSystem(loginName) || event.change.fact === 'serverStart')
      return [];
    const line = systemEventOf(event.change);
    return line ? [line] : [];
  },
};
