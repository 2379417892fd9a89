import { describe, expect, it } from 'vitest';
import { labControl, labUrls } from '../testing/lab';
import { isO2gError } from './errors';
import type { O2gExchange } from './http';
import { createO2gHttp } from './http';
import * as messaging from './messaging';
import { signIn } from './session';
import * as telephony from './telephony';

const BASE = 'http://console.test/o2g/https/lab.test/api/rest/1.0/';

describe('messaging URLs', () => {
  it('names the user, sends flags bare and encodes the message ids', () => {
    expect(messaging.messagingUrl({ baseUrl: BASE }, '/messaging/mailboxes')).toBe(
      'http://console.test/o2g/https/lab.test/api/rest/1.0/messaging/mailboxes',
    );
    expect(
      messaging.messagingUrl({ baseUrl: BASE, loginName: 'oxe2001' }, '/messaging/mailboxes/2001', {
        withUserPwd: null,
      }),
    ).toMatch(/\/mailboxes\/2001\?loginName=oxe2001&withUserPwd$/);
    expect(messaging.messagingUrl({ baseUrl: BASE }, '/x', { msgIds: 'a;b', newOnly: undefined })).toMatch(
      /\/x\?msgIds=a%3Bb$/,
    );
  });

  it('refuses to delete an empty list, which the O2G would read as "the whole mailbox"', async () => {
    const http = createO2gHttp();
    await expect(messaging.deleteVoiceMessages(http, { baseUrl: BASE }, '2002', [])).rejects.toThrow(
      RangeError,
    );
  });
});

// Against the shared lab behind the proxy: mailbox 2002, caller 2003 (other files use 2001 and 2004-2005).
describe('voicemail on the lab', () => {
  let credential: string | undefined;
  const exchanges: O2gExchange[] = [];
  const http = createO2gHttp({ getCredential: () => credential, onExchange: (e) => exchanges.push(e) });
  const signInAs = async (loginName: string, password: string) => {
    const session = await signIn(http, {
      discoveryUrl: labUrls().discoveryUrl,
      loginName,
      password,
      applicationName: 'vitest',
      urlKind: 'public',
    });
    credential = session.credential;
    return session;
  };

  /** 2003 calls 2002, 2002 sends it to voicemail, 2003 speaks for 3 s (lab clock) and hangs up. */
  const leaveMessage = async (baseUrl: string) => {
    const caller = { baseUrl, loginName: 'oxe2003' };
    await telephony.makeCall(
      http,
      caller,
      { deviceId: '2003', callee: '2002', autoAnswer: true },
      { basic: true },
    );
    const ringing = (await telephony.getCalls(http, { baseUrl, loginName: 'oxe2002' })).find(
      (call) => call.callData?.state === 'RINGING_INCOMING',
    );
    const callRef = ringing?.callRef ?? '';
    await telephony.redirect(http, { baseUrl, loginName: 'oxe2002' }, callRef, 'VOICEMAIL');
    await labControl('POST', '/clock/advance', { seconds: 3 });
    await telephony.release(http, caller, callRef);
  };

  it('lists the mailbox, connects, lists, downloads a WAV, marks read and deletes', async () => {
    const { baseUrl } = await signInAs('admin', 'admin');
    const bruno = { baseUrl, loginName: 'oxe2002' };
    const [mailbox] = await messaging.listMailboxes(http, bruno);
    expect(mailbox).toMatchObject({ id: '2002', name: 'Bruno Lefebvre' });
    expect(mailbox?.capabilities.getMessages).toBe(true);
    const before = await messaging.listVoiceMessages(http, bruno, '2002');

    await leaveMessage(baseUrl);
    const after = await messaging.listVoiceMessages(http, bruno, '2002');
    const message = after.find((m) => !before.some((b) => b.voicemailId === m.voicemailId));
    expect(message).toMatchObject({ duration: 3, unread: true, from: { id: { phoneNumber: '2003' } } });
    const id = message?.voicemailId ?? '';
    const info = await messaging.connectMailbox(http, bruno, '2002', { withUserPwd: true });
    expect(info.totalVoiceMsg).toBe(after.length);
    expect(info.newVoiceMsg).toBe(after.filter((m) => m.unread).length);
    expect((await messaging.getEventSummary(http, bruno)).voiceMessagesNb).toBe(info.newVoiceMsg);

    // The Range acknowledge reads 2 bytes and marks the message read.
    await messaging.acknowledgeVoiceMessage(http, bruno, '2002', id);
    const acked = (await messaging.listVoiceMessages(http, bruno, '2002')).find((m) => m.voicemailId === id);
    expect(acked?.unread).toBe(false);
    const ack = exchanges.findLast((e) => e.url.endsWith(`/voicemails/${id}?loginName=oxe2002`));
    expect(ack).toMatchObject({ status: 206, requestHeaders: { range: 'bytes=0-1' } });

    const wav = await messaging.downloadVoiceMessage(http, bruno, '2002', id);
    const header = new Uint8Array(await wav.arrayBuffer());
    expect(new TextDecoder().decode(header.slice(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(header.slice(8, 12))).toBe('WAVE');
    // 8 kHz, 16-bit mono: 16 000 bytes a second, after the 44-byte header.
    expect(wav.size).toBe(44 + 3 * 16_000);
    // The inspector sees the size, not the bytes.
    expect(exchanges.at(-1)?.responseBody).toBe(`[audio/wav body, ${wav.size} bytes]`);

    await messaging.deleteVoiceMessage(http, bruno, '2002', id);
    const left = await messaging.listVoiceMessages(http, bruno, '2002');
    expect(left.some((m) => m.voicemailId === id)).toBe(false);
  });

  it('deletes several messages at once', async () => {
    const { baseUrl } = await signInAs('admin', 'admin');
    const bruno = { baseUrl, loginName: 'oxe2002' };
    const before = await messaging.listVoiceMessages(http, bruno, '2002');
    await leaveMessage(baseUrl);
    await leaveMessage(baseUrl);
    const added = (await messaging.listVoiceMessages(http, bruno, '2002'))
      .filter((m) => !before.some((b) => b.voicemailId === m.voicemailId))
      .map((m) => m.voicemailId);
    expect(added).toHaveLength(2);
    await messaging.deleteVoiceMessages(http, bruno, '2002', added);
    const left = await messaging.listVoiceMessages(http, bruno, '2002');
    expect(left.filter((m) => added.includes(m.voicemailId))).toEqual([]);
  });

  it('refuses a wrong mailbox password with a 403, accepts the right one, lists nothing for 2003', async () => {
    const { baseUrl } = await signInAs('oxe2002', '2002');
    const failure = await messaging
      .connectMailbox(http, { baseUrl }, '2002', { password: '0000' })
      .catch((error: unknown) => error);
    expect(isO2gError(failure) && failure.status).toBe(403);
    expect(exchanges.at(-1)?.requestBody).toBe('{"password":"[redacted]"}');
    const info = await messaging.connectMailbox(http, { baseUrl }, '2002', { password: '1234' });
    expect(info.storageUsage).toBeGreaterThanOrEqual(0);

    const chloe = await signInAs('oxe2003', '2003');
    expect(await messaging.listMailboxes(http, { baseUrl: chloe.baseUrl })).toEqual([]);
  });
});
