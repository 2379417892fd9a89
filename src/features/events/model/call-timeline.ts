import type { LoggedEvent } from './event-log';

/** One step of a call's life as one login saw it. */
export interface TimelineStep {
  seq: number;
  at: number;
  eventName: string;
  loginName?: string;
  /** In words: created, dialling, ringing, active, held, releasing, released. */
  phase: string;
  /** The O2G media state, when the event gave one. */
  mediaState?: string;
  cause?: string;
  /** Who else is in the call, by participant id (phone number for internal parties). */
  participants: string[];
}

const PHASES: Record<string, string> = {
  DIALING: 'dialling',
  RINGING_INCOMING: 'ringing',
  RINGING_OUTGOING: 'ringing',
  ACTIVE: 'active',
  HELD: 'held',
  RELEASING: 'releasing',
  OFF_HOOK: 'off hook',
  IDLE: 'idle',
};

/** The calls the log holds, most recent first (by their latest event). */
export function callRefsOf(entries: readonly LoggedEvent[]): string[] {
  const latest = new Map<string, number>();
  for (const entry of entries) if (entry.callRef) latest.set(entry.callRef, entry.seq);
  return [...latest.entries()].sort((a, b) => b[1] - a[1]).map(([callRef]) => callRef);
}

/** The events of one call, in the order they arrived, each read as a step of the call's life. */
export function callTimeline(entries: readonly LoggedEvent[], callRef: string): TimelineStep[] {
  return entries
    .filter((entry) => entry.callRef === callRef)
    .map((entry) => {
      const event = entry.event as Record<string, unknown>;
      const mediaState = mediaStateOf(event);
      const phase =
        entry.eventName === 'OnCallRemoved'
          ? 'released'
          : entry.eventName === 'OnCallCreated'
            ? `created${mediaState ? `, ${PHASES[mediaState] ?? mediaState.toLowerCase()}` : ''}`
            : mediaState
              ? (PHASES[mediaState] ?? mediaState.toLowerCase())
              : 'changed';
      return {
        seq: entry.seq,
        at: entry.receivedAt,
        eventName: entry.eventName,
        loginName: entry.loginName,
        phase,
        mediaState,
        cause: typeof event.cause === 'string' ? event.cause : undefined,
        participants: participantIds(event),
      };
    });
}

function mediaStateOf(event: Record<string, unknown>): string | undefined {
  const callData = event.callData as { state?: unknown } | undefined;
  if (typeof callData?.state === 'string') return callData.state;
  const legs = (event.legs ?? event.modifiedLegs) as { state?: unknown }[] | undefined;
  const legState = Array.isArray(legs) ? legs[0]?.state : undefined;
  return typeof legState === 'string' ? legState : undefined;
}

function participantIds(event: Record<string, unknown>): string[] {
  const lists = [event.participants, event.addedParticipants, event.modifiedParticipants];
  const ids = lists.flatMap((list) =>
    Array.isArray(list) ? list.map((p: { participantId?: unknown }) => p.participantId) : [],
  );
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
