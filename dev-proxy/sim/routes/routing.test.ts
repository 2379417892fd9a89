import { describe, expect } from 'vitest';
import {
  forwardRouteSchema,
  onRoutingStateChangedSchema,
  routingStateSchema,
} from '../../../src/o2g/contract';
import { openTestSession } from '../testing/o2g-session';
import { aliceTest } from '../testing/lab-fixtures';
import { expectO2gError, openEventStream } from '../testing/services-lab';

describe('routing over HTTP', () => {
  aliceTest(
    'sets and cancels DND, forward and overflow, with OnRoutingStateChanged after each change',
    async ({ alice }) => {
      const stream = await openEventStream(alice, ['routingManagement']);

      expect((await alice.send('POST', '/routing/dnd')).status).toBe(204);
      expect(await (await alice.send('GET', '/routing/dnd')).json()).toEqual({ activate: true });
      const forward = {
        forwardRoute: { forwardType: 'BUSY_NO_ANSWER', destinations: [{ type: 'NUMBER', number: '2003' }] },
      };
      expect((await alice.send('POST', '/routing/forwardroute', forward)).status).toBe(204);
      expect(
        forwardRouteSchema.parse(await (await alice.send('GET', '/routing/forwardroute')).json()),
      ).toEqual(forward.forwardRoute);
      // The node SDK 2.5 sends overflowRoutes as a bare object.
      const overflow = {
        overflowRoutes: { overflowType: 'NO_ANSWER', destinations: [{ type: 'VOICEMAIL', selected: true }] },
      };
      expect((await alice.send('POST', '/routing/overflowroute', overflow)).status).toBe(204);

      const state = routingStateSchema.parse(await (await alice.send('GET', '/routing/state')).json());
      expect(state).toEqual({
        presentationRoutes: [],
        forwardRoutes: [forward.forwardRoute],
        overflowRoutes: [{ overflowType: 'NO_ANSWER', destinations: [{ type: 'VOICEMAIL' }] }],
        dndState: { activate: true },
      });

      const events = (await stream.take(3)).map((line) => onRoutingStateChangedSchema.parse(line));
      expect(
        events.map((e) => [
          e.routingState.dndState.activate,
          e.routingState.forwardRoutes.length,
          e.routingState.overflowRoutes.length,
        ]),
      ).toEqual([
        [true, 0, 0],
        [true, 1, 0],
        [true, 1, 1],
      ]);

      // Immediate forward to voicemail: no forwardType on the wire.
      expect(
        (
          await alice.send('POST', '/routing/forwardroute', {
            forwardRoute: { destinations: [{ type: 'VOICEMAIL' }] },
          })
        ).status,
      ).toBe(204);
      expect(await (await alice.send('GET', '/routing/forwardroute')).json()).toEqual({
        destinations: [{ type: 'VOICEMAIL' }],
      });
      for (const path of ['/routing/dnd', '/routing/forwardroute', '/routing/overflowroute']) {
        expect((await alice.send('DELETE', path)).status).toBe(204);
      }
      expect(await (await alice.send('GET', '/routing/state')).json()).toEqual({
        presentationRoutes: [],
        forwardRoutes: [],
        overflowRoutes: [],
        dndState: { activate: false },
      });
      expect(await (await alice.send('GET', '/routing/forwardroute')).json()).toEqual({ destinations: [] });
      const cancelled = await stream.take(4);
      expect(cancelled.at(-1)).toMatchObject({
        eventName: 'OnRoutingStateChanged',
        loginName: 'oxe2001',
        routingState: { forwardRoutes: [], overflowRoutes: [] },
      });

      expect((await alice.send('POST', '/routing/state/snapshot')).status).toBe(204);
      expect((await stream.take(1))[0]).toMatchObject({ eventName: 'OnRoutingStateChanged' });
      await stream.close();
    },
  );

  aliceTest(
    'answers the capabilities: no presentation route without a mobile, overflow only with a mailbox',
    async ({ lab, alice }) => {
      expect(await (await alice.send('GET', '/routing')).json()).toEqual({
        forwardRoute: true,
        overflowRoute: true,
        dnd: true,
      });
      const chloe = await openTestSession(lab.origin, 'oxe2003', '2003');
      expect(await (await chloe.send('GET', '/routing')).json()).toEqual({ forwardRoute: true, dnd: true });
    },
  );

  aliceTest('lets an administrator route a user with ?loginName=', async ({ lab }) => {
    const admin = await openTestSession(lab.origin, 'admin', 'admin');
    await expectO2gError(await admin.send('POST', '/routing/dnd'), 400);
    expect((await admin.send('POST', '/routing/dnd?loginName=oxe2004')).status).toBe(204);
    expect(lab.world.userServices.routing.routingOf('oxe2004').dnd).toBe(true);
    await expectO2gError(await admin.send('GET', '/routing/state?loginName=nobody'), 404);
  });

  aliceTest.for([
    ['malformed JSON', '/routing/forwardroute', '{"forwardRoute":', 400, undefined],
    [
      'a forward without destination',
      '/routing/forwardroute',
      { forwardRoute: { destinations: [] } },
      400,
      'INVALID_FORWARD_ROUTE',
    ],
    [
      'a destination of the wrong type',
      '/routing/forwardroute',
      { forwardRoute: { destinations: 'VOICEMAIL' } },
      400,
      undefined,
    ],
    [
      'an unknown forwardType',
      '/routing/forwardroute',
      { forwardRoute: { forwardType: 'ON_BUSY', destinations: [{ type: 'VOICEMAIL' }] } },
      400,
      'INVALID_FORWARD_ROUTE',
    ],
    [
      'a malformed number',
      '/routing/forwardroute',
      { forwardRoute: { destinations: [{ type: 'NUMBER', number: 'abc' }] } },
      400,
      'BAD_PHONE_NUMBER_FORMAT',
    ],
    [
      'an overflow to a number',
      '/routing/overflowroute',
      { overflowRoutes: [{ destinations: [{ type: 'NUMBER', number: '2003' }] }] },
      400,
      'INVALID_OVERFLOW_ROUTE',
    ],
    [
      'a mobile presentation route',
      '/routing',
      { presentationRoutes: [{ destinations: [{ type: 'MOBILE', selected: true }] }] },
      403,
      'INVALID_CURRENT_DEVICE',
    ],
  ] as const)(
    'refuses %s with its routing error block and changes nothing',
    async ([_what, path, body, status, errorCause], { lab, alice }) => {
      const error = await expectO2gError(await alice.send('POST', path, body), status);
      if (errorCause) expect(error.routing?.errorCause).toBe(errorCause);
      expect(lab.world.userServices.routing.routingOf('oxe2001')).toEqual({ dnd: false });
    },
  );
});
