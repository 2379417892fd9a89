import { List, Stack, Text, Title } from '@mantine/core';
import type { LabExtension } from '../api/list-extensions';
import { useCallHistory } from '../api/call-history-cache';
import { endedWith, howItEnded, talkTime } from '../model/ended-call-view';

const clock = (at: number) =>
  new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The calls of this session that ended, newest first, under the live ones: who, how it ended, how long
 * it was talked (or when it ended, for a call never answered). An administrator sees every watched
 * extension's, each named by its number.
 */
export function EndedCalls({
  baseUrl,
  admin,
  watched,
}: {
  baseUrl: string;
  admin: boolean;
  watched: readonly LabExtension[];
}) {
  const history = useCallHistory(baseUrl);
  const numbers = new Map(watched.map((extension) => [extension.loginName, extension.number]));
  const ended = history.ended.filter((call) => numbers.has(call.loginName));
  return (
    <Stack gap="xs" component="section" aria-labelledby="ended-calls-title">
      <Title order={3} size="h5" id="ended-calls-title">
        Ended calls
      </Title>
      {ended.length === 0 ? (
        <Text size="sm" c="dimmed">
          No call has ended in this session yet.
        </Text>
      ) : (
        <List listStyleType="none" spacing={6} aria-labelledby="ended-calls-title">
          {ended.map((call) => {
            const talk = talkTime(call);
            const number = numbers.get(call.loginName);
            return (
              <List.Item key={`${call.loginName} ${call.callRef} ${call.endedAt}`}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {admin ? `${number}: ` : ''}
                  {call.incoming ? 'from' : 'to'} {endedWith(call)}
                </Text>
                <Text size="xs" c="dimmed">
                  {howItEnded(call)}
                  {talk ? ` · talked ${talk}` : ''} · ended {clock(call.endedAt)}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
