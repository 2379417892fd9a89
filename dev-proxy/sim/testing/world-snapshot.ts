// A deterministic picture of everything a request could change in a world, read through the parts'
// public queries only. Two equal snapshots around a refused request prove that it changed nothing;
// the domain events recorded meanwhile prove that nothing was announced either.
import type { DomainEvent } from '../model/domain-events';
import type { World } from '../model/world';
import { eventChannelOf } from '../events/event-channel';

/** Every piece of mutable state of the world, as plain JSON. */
export function worldSnapshot(world: World): unknown {
  const { directory, sessions, telephony, subscriptions, userServices: services, lab } = world;
  const accounts = [...lab.administrators, ...lab.users];
  return {
    now: world.clock.now(),
    accounts: accounts.map(({ loginName, password }) => ({
      loginName,
      // A changed password is state too: the lab's one must still open the account.
      labPasswordWorks: directory.checkPassword(loginName, password) !== undefined,
      sessions: sessions.sessionsOf(loginName),
    })),
    users: directory.users().map((user) => ({
      user,
      calls: telephony.calls(user.loginName),
      phone: telephony.store.behaviour(user.loginName),
      eventSummary: services.eventSummary(user.loginName),
      routing: services.routing.stateOf(user.loginName),
      dnd: services.routing.routingOf(user.loginName).dnd,
      comlog: services.comlog.query(user.loginName),
      callbacks: services.callbacks.incoming(user.loginName),
      mailboxes: services.mailboxes.mailboxesOf(user.loginName).map((mailbox) => ({
        id: mailbox.id,
        messages: services.mailboxes.list(user.loginName, mailbox.id),
      })),
      sets: user.devices.map(({ id }) => ({
        id,
        keys: services.phoneSets.programmableKeys(id),
        softKeys: services.phoneSets.softKeys(id),
        pin: services.phoneSets.pin(id),
        dynamicState: services.phoneSets.dynamicState(id),
      })),
    })),
    calls: telephony.store.all(),
    huntingGroups: telephony.store.huntingGroups.snapshot(),
    miniMessages: telephony.miniMessages.snapshot(),
    subscriptions: subscriptions.all().map((subscription) => ({
      ...subscription,
      coverage: [...subscription.coverage].map(([loginName, packages]) => [loginName, [...packages]]),
    })),
    openEventStreams: eventChannelOf(world).openStreamCount,
    directorySearches: services.directorySearches.size,
    // The OXE's side: every Subscriber and sub-object as PBX management shows it, the O2G's links.
    pbxObjects: directory.users().map((user) => [world.pbx.object(user), world.pbx.tscIp(user)]),
    system: { ...world.system },
  };
}

/** Records the domain events a world publishes until `stop()`. */
export function recordEvents(world: World): { events: DomainEvent[]; stop(): void } {
  const events: DomainEvent[] = [];
  const stop = world.events.subscribe((event) => events.push(event));
  return { events, stop };
}
