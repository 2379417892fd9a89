import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  mailboxConnectRequestSchema,
  type MailboxCapabilities,
  type MailboxList,
  type VoiceMessage,
} from '../../../src/o2g/contract';
import type { StoredVoiceMessage } from '../model/services/mailboxes';
import { voiceMessageWav } from '../model/services/voice-audio';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { actingOnUser } from '../http/route-options';
import { countParam, flagParam, loginNameParam, userServices } from '../http/service-access';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const MAILBOXES = `${O2G_PATHS.apiBase}/messaging/mailboxes`;
const mailboxParams = z.object({ mailboxId: z.string() });
const messageParams = mailboxParams.extend({ voicemailId: z.string() });

// The lab's voicemail lists and serves messages; it has no media session (play, record…) to offer.
const CAPABILITIES: MailboxCapabilities = {
  listMessages: true,
  getMessages: true,
  getRecord: false,
  play: false,
  pause: false,
  hangup: false,
  record: false,
  resume: false,
  cancel: false,
  forward: false,
  callback: false,
  send: false,
  events: false,
};

const listQuery = z.object({
  loginName: loginNameParam,
  newOnly: flagParam,
  offset: countParam,
  limit: countParam,
});
const connectQuery = z.object({ loginName: loginNameParam, withUserPwd: flagParam });
const deleteQuery = z.object({ loginName: loginNameParam, msgIds: z.string().optional() });

const voiceMessageJson = (message: StoredVoiceMessage): VoiceMessage => ({
  voicemailId: message.voicemailId,
  from: message.from,
  duration: message.durationSeconds,
  date: new Date(message.depositedAt).toISOString(),
  unread: message.unread,
  highPriority: message.highPriority,
});

/** The Voicemail service (`/messaging/mailboxes`): mailboxes, messages, WAV download, read marks, deletes. */
export function messagingRoutes(app: SimApp): void {
  app.get(MAILBOXES, actingOnUser(), (request, reply) => {
    const answer: MailboxList = {
      mailboxes: userServices(request)
        .mailboxes.mailboxesOf(request.actedOn.loginName)
        .map(({ id, name }) => ({ id, name, capabilities: CAPABILITIES })),
    };
    return sendO2g(reply, answer);
  });

  const connectRoute = actingOnUser({ params: mailboxParams, query: connectQuery });
  app.post(`${MAILBOXES}/:mailboxId`, connectRoute, (request, reply) => {
    const password = request.query.withUserPwd
      ? undefined
      : parseBody(mailboxConnectRequestSchema, request.body).password;
    const { mailboxes } = userServices(request);
    return sendO2g(reply, mailboxes.connect(request.actedOn.loginName, request.params.mailboxId, password));
  });

  const listRoute = actingOnUser({ params: mailboxParams, query: listQuery });
  app.get(`${MAILBOXES}/:mailboxId/voicemails`, listRoute, (request, reply) => {
    const { mailboxes } = userServices(request);
    const messages = mailboxes.list(request.actedOn.loginName, request.params.mailboxId, request.query);
    return sendO2g(reply, { voicemails: messages.map(voiceMessageJson) });
  });

  // Downloading marks the message read; the node SDK's "acknowledge" is this GET with `Range: bytes=0-1`.
  const MESSAGE = `${MAILBOXES}/:mailboxId/voicemails/:voicemailId`;
  app.get(MESSAGE, actingOnUser({ params: messageParams }), (request, reply) => {
    const { mailboxId, voicemailId } = request.params;
    const { mailboxes } = userServices(request);
    const message = commit(request, mailboxes.fetch(request.actedOn.loginName, mailboxId, voicemailId));
    return sendWav(request, reply, voiceMessageWav(message.durationSeconds), `${message.voicemailId}.wav`);
  });

  app.delete(MESSAGE, actingOnUser({ params: messageParams }), (request, reply) => {
    const { mailboxId, voicemailId } = request.params;
    const { mailboxes } = userServices(request);
    commit(request, mailboxes.delete(request.actedOn.loginName, mailboxId, [voicemailId], true));
    return sendNoContent(reply);
  });

  // `msgIds` is `;`-separated; unknown ids are ignored. Without it the whole mailbox is emptied.
  const emptyRoute = actingOnUser({ params: mailboxParams, query: deleteQuery });
  app.delete(`${MAILBOXES}/:mailboxId/voicemails`, emptyRoute, (request, reply) => {
    const { msgIds } = request.query;
    const ids =
      msgIds === undefined
        ? 'all'
        : msgIds
            .split(';')
            .map((id) => id.trim())
            .filter((id) => id !== '');
    const { mailboxes } = userServices(request);
    commit(request, mailboxes.delete(request.actedOn.loginName, request.params.mailboxId, ids));
    return sendNoContent(reply);
  });
}

/** Sends the WAV, or the byte range asked for (206), as a file a browser or SDK can save. */
function sendWav(request: FastifyRequest, reply: FastifyReply, wav: Buffer, filename: string) {
  const range = parseRange(request.headers.range, wav.length);
  if (range === 'unsatisfiable') {
    const headers = { 'content-range': `bytes */${wav.length}` };
    throw new SimError('rangeNotSatisfiable', `The message has ${wav.length} bytes`, { headers });
  }
  reply
    .header('content-type', 'audio/wav')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('accept-ranges', 'bytes');
  if (!range) return reply.code(200).send(wav);
  const [start, end] = range;
  return reply
    .code(206)
    .header('content-range', `bytes ${start}-${end}/${wav.length}`)
    .send(wav.subarray(start, end + 1));
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; anything else is ignored (the whole file is sent). */
function parseRange(
  header: string | undefined,
  size: number,
): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const first = match[1] === '' ? undefined : Number(match[1]);
  const last = match[2] === '' ? undefined : Number(match[2]);
  const start = first ?? Math.max(0, size - (last ?? 0));
  const end = first === undefined ? size - 1 : Math.min(last ?? size - 1, size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return [start, end];
}
