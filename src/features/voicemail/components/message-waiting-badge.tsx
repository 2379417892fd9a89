import { Badge, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { voicemailQueries } from '../api/voicemail-queries';
import { plural } from '../../../lib/plural';

/**
 * The message-waiting lamp of the shell header: whose box and how many new voice messages, from the
 * user's event summary, live from `OnEventSummaryUpdated`. Lit only while a message waits, for a user
 * with a mailbox; an administrator sees the lamp of the user it acts as. `to` is the voicemail page.
 */
export function MessageWaitingBadge({
  baseUrl,
  admin,
  loginName,
  to,
}: {
  baseUrl: string;
  admin: boolean;
  /** The user whose lamp this is; none for an administrator acting as nobody. */
  loginName: string | undefined;
  to: string;
}) {
  const client = useO2gClient();
  const scope = { baseUrl, admin, loginName: loginName ?? '' };
  const mailboxes = useQuery({ ...voicemailQueries.mailboxes(client.http, scope), enabled: !!loginName });
  const hasMailbox = (mailboxes.data?.length ?? 0) > 0;
  const summary = useQuery({ ...voicemailQueries.eventSummary(client.http, scope), enabled: hasMailbox });

  if (!loginName || !hasMailbox || summary.isPending) return null;
  if (summary.isLoadingError) {
    const words = describeO2gError(summary.error);
    return (
      <Tooltip label={`Voice message counters unavailable: ${words.message}`} multiline w={280} withArrow>
        <Badge
          component={Link}
          to={to}
          color="gray"
          variant="outline"
          aria-label="Voicemail: counters unavailable"
        >
          Voicemail ?
        </Badge>
      </Tooltip>
    );
  }
  const count = summary.data.voiceMessagesNb;
  // A lamp that is off says nothing: only a waiting message earns a place in the header.
  if (count === 0) return null;
  const label = `Message waiting for ${loginName}: ${plural(count, 'new voice message')}`;
  return (
    <Tooltip label={`${label}. Open the voicemail.`} withArrow>
      <Badge
        component={Link}
        to={to}
        color="red"
        variant="filled"
        aria-label={label}
        // Whose box it is matters as much as the count: the whole text, never an ellipsis.
        styles={{ root: { cursor: 'pointer', overflow: 'visible' }, label: { overflow: 'visible' } }}
      >
        {loginName}: {count} new
      </Badge>
    </Tooltip>
  );
}
