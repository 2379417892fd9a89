import { vi } from 'vitest';
import type { VoiceMessage } from '../../../o2g/contract';
import type { O2gClient } from '../../../o2g/client';
import { createO2gClient } from '../../../o2g/client';
import { O2gError } from '../../../o2g/errors';
import type { O2gHttp } from '../../../o2g/http';

/** A base URL no test reaches: the http layer below answers instead of the network. */
export const BASE = 'http://console.test/o2g/https/lab.test/api/rest/1.0';

export const message = (voicemailId: string, extra: Partial<VoiceMessage> = {}): VoiceMessage => ({
  voicemailId,
  from: { id: { loginName: 'oxe2003', phoneNumber: '2003' }, firstName: 'Chloé', lastName: 'Dubois' },
  duration: 7,
  date: '2026-01-15T09:41:07.000Z',
  unread: true,
  highPriority: false,
  ...extra,
});

/**
 * A real O2gClient (its events emitter included) whose http layer answers like a lab where oxe2001 has
 * mailbox 2001 (password 1234) holding `messages`, and every other user has none; requests without
 * `?loginName=` are `sessionLogin`'s. Tests change `messages` to play the O2G's side.
 */
export function voicemailClient(initial: VoiceMessage[] = [], sessionLogin = 'oxe2001') {
  const lab = { messages: [...initial], voiceMessagesNb: initial.filter((m) => m.unread).length };
  const answer = (data: unknown, status = 200) => ({ status, headers: new Headers(), data });
  const request = vi.fn(async (method: string, url: string, _schema?: unknown, init?: { json?: unknown }) => {
    await Promise.resolve();
    const path = url.replace(BASE, '');
    const who = /loginName=(oxe\d+)/.exec(path)?.[1] ?? sessionLogin;
    if (path.startsWith('/messaging/mailboxes?') || path === '/messaging/mailboxes')
      return answer({
        mailboxes: who === 'oxe2001' ? [{ id: '2001', name: 'Alice Martin', capabilities: {} }] : [],
      });
    if (method === 'POST' && path.startsWith('/messaging/mailboxes/2001')) {
      const byUser = path.includes('withUserPwd');
      if (!byUser && (init?.json as { password?: string }).password !== '1234')
        throw new O2gError({ failure: 'no-rights', method, url, status: 403, detail: 'Wrong password' });
      const unread = lab.messages.filter((m) => m.unread).length;
      return answer({ totalVoiceMsg: lab.messages.length, newVoiceMsg: unread, storageUsage: 4 });
    }
    if (method === 'GET' && path.startsWith('/messaging/mailboxes/2001/voicemails'))
      return answer({ voicemails: lab.messages });
    if (method === 'DELETE' && path.startsWith('/messaging/mailboxes/2001/voicemails')) {
      const ids = /msgIds=([^&]+)/.exec(path)?.[1];
      const doomed = ids ? decodeURIComponent(ids).split(';') : [/voicemails\/([^?]+)/.exec(path)?.[1]];
      lab.messages = lab.messages.filter((m) => !doomed.includes(m.voicemailId));
      return answer(undefined, 204);
    }
    if (path.startsWith('/eventSummary')) return answer({ voiceMessagesNb: lab.voiceMessagesNb });
    const user = /^\/users\/oxe(\d+)$/.exec(path);
    if (user)
      return answer({
        loginName: `oxe${user[1]}`,
        companyPhone: user[1],
        firstName: '',
        lastName: '',
        nodeId: '1',
        devices: [{ type: 'DESKPHONE', id: user[1] }],
        voicemail: { number: '1999', type: 'VM_4645' },
      });
    if (path === '/logins') return answer({ loginNames: ['oxe2001', 'oxe2004'] });
    return answer(undefined, 201);
  });
  const requestBlob = vi.fn(async (_method: string, url: string) => {
    await Promise.resolve();
    const id = /voicemails\/([^?]+)/.exec(url)?.[1];
    lab.messages = lab.messages.map((m) => (m.voicemailId === id ? { ...m, unread: false } : m));
    return answer(new Blob(['RIFF'], { type: 'audio/wav' }));
  });
  const client: O2gClient = { ...createO2gClient(), http: { request, requestBlob } as unknown as O2gHttp };
  return { client, request, requestBlob, lab };
}
