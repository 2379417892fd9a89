// PBX management writes as the node SDK's PbxManagementRest sends them: create under `instances/Subscriber`,
// set and delete `instances/Subscriber/{id}` (`?force` as a bare flag), sub-objects by their full path.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pbxObjectIdsSchema, pbxObjectSchema, userSchema } from '../../../src/o2g/contract';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { expectO2gError, openEventStream, startServicesLab, type ServicesLab } from '../testing/services-lab';

let lab: ServicesLab;
let admin: TestSession;
beforeAll(async () => {
  lab = await startServicesLab();
});
afterAll(() => lab.close());
beforeEach(async () => {
  lab.world.events.publish(lab.world.reset().events);
  admin = await openTestSession(lab.origin, 'admin', 'admin');
});

const SUBSCRIBERS = '/pbxs/1/instances/Subscriber';
const attr = (name: string, value: string) => ({ name, value: [value] });
const creation = (number: string) => ({
  attributes: [
    attr('Directory_Number', number),
    attr('Annu_Name', 'Darmon'),
    attr('Annu_First_Name', 'Gerard'),
    attr('Cost_Center_Name', 'administrator1'),
    attr('ClickAndPh', 'A4980_Pro'),
    attr('Station_Type', 'SIP_Extension'),
  ],
});
const json = async (response: Response) => {
  expect(response.ok, `${response.status}`).toBe(true);
  return (await response.json()) as unknown;
};

describe('PBX management writes', () => {
  it('creates a Subscriber that becomes a user who can sign in, call and be called', async () => {
    expect((await admin.send('POST', SUBSCRIBERS, creation('2006'))).status).toBe(201);
    const ids = pbxObjectIdsSchema.parse(await json(await admin.send('GET', SUBSCRIBERS)));
    expect(ids.objectIds).toContain('2006');
    const object = pbxObjectSchema.parse(await json(await admin.send('GET', `${SUBSCRIBERS}/2006`)));
    expect(object.attributes).toContainEqual(attr('Cost_Center_Name', 'administrator1'));
    expect(object.attributes).toContainEqual(attr('Directory_Name', 'Darmon Gerard'));
    expect(await json(await admin.send('GET', '/logins'))).toMatchObject({
      loginNames: expect.arrayContaining(['oxe2006']) as unknown,
    });
    const user = userSchema.parse(await json(await admin.send('GET', '/users/oxe2006')));
    expect(user).toMatchObject({ companyPhone: '2006', firstName: 'Gerard', lastName: 'Darmon' });

    const gerard = await openTestSession(lab.origin, 'oxe2006', '2006');
    const call = await gerard.send('POST', '/telephony/calls', { deviceId: '2006', callee: '2001' });
    expect(call.status).toBe(201);
    expect(lab.world.telephony.calls('oxe2001')).toHaveLength(1);
    const callRef = call.headers.get('location')?.split('/').pop() ?? '';
    expect((await gerard.send('DELETE', `/telephony/calls/${callRef}`)).status).toBe(204);
    const bruno = await openTestSession(lab.origin, 'oxe2002', '2002');
    expect((await bruno.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2006' })).status).toBe(
      201,
    );
    expect(lab.world.telephony.calls('oxe2006')).toHaveLength(1);
  });

  it('refuses a taken number, a missing name, an unknown attribute and a value out of the model', async () => {
    await expectO2gError(await admin.send('POST', SUBSCRIBERS, creation('2001')), 409);
    await expectO2gError(await admin.send('POST', SUBSCRIBERS, creation('1999')), 409);
    const noName = { attributes: [attr('Directory_Number', '2007')] };
    expect((await expectO2gError(await admin.send('POST', SUBSCRIBERS, noName), 400)).helpMessage).toMatch(
      /Annu_Name/,
    );
    const unknown = { attributes: [...creation('2007').attributes, attr('Colour', 'blue')] };
    await expectO2gError(await admin.send('POST', SUBSCRIBERS, unknown), 400);
    const badType = {
      attributes: [...creation('2007').attributes.slice(0, 5), attr('Station_Type', 'Telex')],
    };
    await expectO2gError(await admin.send('POST', SUBSCRIBERS, badType), 400);
    await expectO2gError(await admin.send('POST', `${SUBSCRIBERS}/2001`, creation('2007')), 405);
    expect(lab.world.directory.user('oxe2007')).toBeUndefined();
  });

  it('sets the attributes the model lets one set, and refuses the others', async () => {
    const change = {
      attributes: [attr('Annu_Name', 'Durand'), attr('ACD_Type', 'Agent'), attr('Multi_line', 'true')],
    };
    expect((await admin.send('PUT', `${SUBSCRIBERS}/2001`, change)).status).toBe(204);
    const object = pbxObjectSchema.parse(await json(await admin.send('GET', `${SUBSCRIBERS}/2001`)));
    expect(object.attributes).toEqual(
      expect.arrayContaining([attr('Annu_Name', 'Durand'), attr('ACD_Type', 'Agent')]),
    );
    expect(lab.world.directory.user('oxe2001')?.lastName).toBe('Durand');
    await expectO2gError(
      await admin.send('PUT', `${SUBSCRIBERS}/2001`, { attributes: [attr('Directory_Number', '2009')] }),
      403,
    );
    await expectO2gError(
      await admin.send('PUT', `${SUBSCRIBERS}/2001`, { attributes: [attr('Multi_line', 'maybe')] }),
      400,
    );
    await expectO2gError(await admin.send('PUT', `${SUBSCRIBERS}/2099`, change), 404);
  });

  it('reads and sets the Tsc_IP_subscriber sub-object by its full path', async () => {
    const path = `${SUBSCRIBERS}/2001/Tsc_IP_subscriber/2001`;
    const before = pbxObjectSchema.parse(await json(await admin.send('GET', path)));
    expect(before.attributes).toEqual([attr('IP_Softphone_Emul', 'No')]);
    expect((await admin.send('PUT', path, { attributes: [attr('IP_Softphone_Emul', 'Yes')] })).status).toBe(
      204,
    );
    const after = pbxObjectSchema.parse(await json(await admin.send('GET', path)));
    expect(after.attributes).toEqual([attr('IP_Softphone_Emul', 'Yes')]);
    expect(await json(await admin.send('GET', `${SUBSCRIBERS}/2001/Tsc_IP_subscriber`))).toEqual({
      objectName: 'Tsc_IP_subscriber',
      objectIds: ['2001'],
    });
    await expectO2gError(await admin.send('GET', `${SUBSCRIBERS}/2001/Tsc_IP_subscriber/2002`), 404);
    await expectO2gError(await admin.send('DELETE', path), 403);
    await expectO2gError(await admin.send('GET', `${SUBSCRIBERS}/2001/Forward/2001`), 404);
    // An id holding an encoded slash is an id, not an empty path segment: no such Subscriber.
    await expectO2gError(await admin.send('GET', `${SUBSCRIBERS}/%2F`), 404);
    await expectO2gError(await admin.send('GET', `${SUBSCRIBERS}/2001%2FTsc_IP_subscriber`), 404);
  });

  it('deletes a Subscriber, with force when its user has a session, never while it is in a call', async () => {
    expect((await admin.send('POST', SUBSCRIBERS, creation('2006'))).status).toBe(201);
    const gerard = await openTestSession(lab.origin, 'oxe2006', '2006');
    await expectO2gError(await admin.send('DELETE', `${SUBSCRIBERS}/2006`), 409);
    expect((await admin.send('DELETE', `${SUBSCRIBERS}/2006?force`)).status).toBe(204);
    await expectO2gError(await gerard.send('GET', '/users/oxe2006'), 401);
    await expectO2gError(await admin.send('GET', `${SUBSCRIBERS}/2006`), 404);
    await expectO2gError(await admin.send('GET', '/users/oxe2006'), 404);

    const bruno = await openTestSession(lab.origin, 'oxe2002', '2002');
    expect((await bruno.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2003' })).status).toBe(
      201,
    );
    await expectO2gError(await admin.send('DELETE', `${SUBSCRIBERS}/2003?force`), 409);
    expect(lab.world.directory.user('oxe2003')).toBeDefined();
  });

  it('announces writes on pbxManagement and userManagement, subscribed without ids as the SDK does', async () => {
    const stream = await openEventStream(admin, ['pbxManagement', 'userManagement'], []);
    await admin.send('POST', SUBSCRIBERS, creation('2006'));
    await admin.send('PUT', `${SUBSCRIBERS}/2006/Tsc_IP_subscriber/2006`, {
      attributes: [attr('IP_Softphone_Emul', 'Yes')],
    });
    await admin.send('DELETE', `${SUBSCRIBERS}/2006`);
    const lines = await stream.take(5);
    await stream.close();
    expect(lines).toEqual([
      { eventName: 'OnPbxObjectInstanceCreated', nodeId: '1', objectName: 'Subscriber', objectId: '2006' },
      {
        eventName: 'OnUserCreated',
        user: expect.objectContaining({ loginName: 'oxe2006', companyPhone: '2006' }) as unknown,
      },
      {
        eventName: 'OnPbxObjectInstanceModified',
        nodeId: '1',
        objectName: 'Tsc_IP_subscriber',
        objectId: '2006',
        father: { objectName: 'Subscriber', objectId: '2006' },
      },
      { eventName: 'OnPbxObjectInstanceDeleted', nodeId: '1', objectName: 'Subscriber', objectId: '2006' },
      { eventName: 'OnUserDeleted', loginName: 'oxe2006' },
    ]);
  });

  it('keeps the administrators’ packages from user sessions', async () => {
    const alice = await openTestSession(lab.origin, 'oxe2001', '2001');
    const refused = await alice.send('POST', '/subscriptions', {
      filter: { selectors: [{ ids: [], names: ['system'] }] },
      version: '1.0',
    });
    await expectO2gError(refused, 403);
  });
});
