import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
import { parseBody, parseQuery } from '../http/parse-request';
import { countParam, flagParam, loginNameParam, loginQuery, userServices } from '../http/service-access';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import { withQuery } from '../http/route-query';

const MAILBOXES = `${O2G_PATHS.apiBase}/messaging/mailboxes`;
type MailboxParams = { Params: { mailboxId: string } };
type MessageParams = { Params: { mailboxId: string; voicemailId: string } };

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

/** The user the request acts on (the session's own, or `?loginName=` for an administrator). */
const actedOn = (request: FastifyRequest) => targetUser(request, requireSession(request));

/** The Voicemail service (`/messaging/mailboxes`): mailboxes, messages, WAV download, read marks, deletes. */
export function messagingRoutes(app: FastifyInstance): void {
  app.get(MAILBOXES, withQuery(loginQuery), (request, reply) => {
    const user = actedOn(request);
    const answer: MailboxList = {
      mailboxes: userServices(request)
        .mailboxes.mailboxesOf(user.loginName)
        .map(({ id, name }) => ({ id, name, capabilities: CAPABILITIES })),
    };
    return sendO2g(reply, answer);
  });

  app.post<MailboxParams>(`${MAILBOXES}/:mailboxId`, withQuery(connectQuery), (request, reply) => {
    const user = actedOn(request);
    const { withUserPwd } = parseQuery(connectQuery, request.query);
    const password = withUserPwd ? undefined : parseBody(mailboxConnectRequestSchema, request.body).password;
    return sendO2g(
      reply,
      userServices(request).mailboxes.connect(user.loginName, request.params.mailboxId, password),
    );
  });

  app.get<MailboxParams>(`${MAILBOXES}/:mailboxId/voicemails`, withQuery(listQuery), (request, reply) => {
    const user = actedOn(request);
    const query = parseQuery(listQuery, request.query);
    const messages = userServices(request).mailboxes.list(user.loginName, request.params.mailboxId, query);
    return sendO2g(reply, { voicemails: messages.map(voiceMessageJson) });
  });

  // Downloading marks the message read; the node SDK's "acknowledge" is this GET with `Range: bytes=0-1`.
  app.get<MessageParams>(
    `${MAILBOXES}/:mailboxId/voicemails/:voicemailId`,
    withQuery(loginQuery),
    (request, reply) => {
      const user = actedOn(request);
      const { mailboxId, voicemailId } = request.params;
      const message = commit(
        request,
        userServices(request).mailboxes.fetch(user.loginName, mailboxId, voicemailId),
      );
      return sendWav(request, reply, voiceMessageWav(message.durationSeconds), `${message.voicemailId}.wav`);
    },
  );

  app.delete<MessageParams>(
    `${MAILBOXES}/:mailboxId/voicemails/:voicemailId`,
    withQuery(loginQuery),
    (request, reply) => {
      const user = actedOn(request);
      const { mailboxId, voicemailId } = request.params;
      commit(request, userServices(request).mailboxes.delete(user.loginName, mailboxId, [voicemailId], true));
      return sendNoContent(reply);
    },
  );

  // `msgIds` is `;`-separated; unknown ids are ignored. Without it the whole mailbox is emptied.
  app.delete<MailboxParams>(
    `${MAILBOXES}/:mailboxId/voicemails`,
    withQuery(deleteQuery),
    (request, reply) => {
      const user = actedOn(request);
      const { msgIds } = parseQuery(deleteQuery, request.query);
      const ids =
        msgIds === undefined
          ? 'all'
          : msgIds
              .split(';')
              .map((id) => id.trim())
              .filter((id) => id !== '');
      commit(request, userServices(request).mailboxes.delete(user.loginName, request.params.mailboxId, ids));
      return sendNoContent(reply);
    },
  );
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
