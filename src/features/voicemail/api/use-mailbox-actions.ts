import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VoiceMessage } from '../../../o2g/contract';
import { useO2gClient } from '../../../lib/o2g-client-context';
import * as messaging from '../../../o2g/messaging';
import { voicemailKeys } from './voicemail-keys';
import type { MailboxConnection } from './voicemail-queries';
import type { VoicemailScope } from './voicemail-scope';
import { targetOf } from './voicemail-scope';

/**
 * How the connect mutation is told the password: in a box it empties as it sends the request, so that
 * the mutation cache (which keeps variables) never holds the mailbox password.
 */
export type ConnectVariables = { withUserPwd: true } | { passwordBox: { value: string } };

function credentialsOf(variables: ConnectVariables) {
  if ('withUserPwd' in variables) return variables;
  const password = variables.passwordBox.value;
  variables.passwordBox.value = '';
  return { password };
}

/**
 * The actions on one mailbox. Each success changes the cached list at once (so the screen answers the
 * click) and then lets the O2G's counters decide: the mailbox contents are read again.
 */
export function useMailboxActions(scope: VoicemailScope, mailboxId: string) {
  const { http } = useO2gClient();
  const queryClient = useQueryClient();
  const target = targetOf(scope);
  const messagesKey = voicemailKeys.messages(scope, mailboxId);
  const refresh = () =>
    queryClient.invalidateQueries(
      { queryKey: voicemailKeys.mailboxContents(scope.baseUrl, scope.loginName) },
      { cancelRefetch: false },
    );
  const editMessages = (edit: (messages: VoiceMessage[]) => VoiceMessage[]) =>
    queryClient.setQueryData<VoiceMessage[]>(messagesKey, (messages) => messages && edit(messages));
  const markHeardLocally = (voicemailId: string) =>
    editMessages((messages) =>
      messages.map((m) => (m.voicemailId === voicemailId ? { ...m, unread: false } : m)),
    );

  const connect = useMutation({
    mutationFn: async (variables: ConnectVariables): Promise<MailboxConnection> => ({
      info: await messaging.connectMailbox(http, target, mailboxId, credentialsOf(variables)),
      via: 'withUserPwd' in variables ? 'user-password' : 'mailbox-password',
    }),
    onSuccess: (connection) =>
      queryClient.setQueryData(voicemailKeys.connection(scope, mailboxId), connection),
  });

  // The full download is what O2G counts as listening: the message is marked read by it.
  const play = useMutation({
    mutationFn: (message: VoiceMessage) =>
      messaging.downloadVoiceMessage(http, target, mailboxId, message.voicemailId),
    onSuccess: (_blob, message) => {
      markHeardLocally(message.voicemailId);
      void refresh();
    },
  });

  const markHeard = useMutation({
    mutationFn: (message: VoiceMessage) =>
      messaging.acknowledgeVoiceMessage(http, target, mailboxId, message.voicemailId),
    onSuccess: (_none, message) => {
      markHeardLocally(message.voicemailId);
      void refresh();
    },
  });

  const remove = useMutation({
    mutationFn: (voicemailIds: string[]) =>
      voicemailIds.length === 1
        ? messaging.deleteVoiceMessage(http, target, mailboxId, voicemailIds[0] ?? '')
        : messaging.deleteVoiceMessages(http, target, mailboxId, voicemailIds),
    onSuccess: (_none, voicemailIds) => {
      editMessages((messages) => messages.filter((m) => !voicemailIds.includes(m.voicemailId)));
      void refresh();
    },
  });

  return { connect, play, markHeard, remove };
}
