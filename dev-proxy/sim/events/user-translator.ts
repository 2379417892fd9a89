import type { DomainEvent } from '../model/domain-events';
import type { World } from '../model/world';
import { userJson } from '../model/services/user-view';
import type { EventTranslator, O2gEventLine } from './event-translator';

/** The `user` package: `OnUserInfoChanged` with the user as `GET …/users/{loginName}` now shows it. */
export const userTranslator: EventTranslator = {
  package: 'user',
  translate(event: DomainEvent, loginName: string, world: World): O2gEventLine[] {
    if (event.type !== 'userInfoChanged' || event.loginName !== loginName) return [];
    const user = world.directory.user(loginName);
    return user ? [{ eventName: 'OnUserInfoChanged', loginName, user: userJson(world.lab, user) }] : [];
  },
};
