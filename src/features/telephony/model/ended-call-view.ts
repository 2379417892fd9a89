import type { EndedCall } from './call-history';

// An ended call in words, for the "Ended calls" list: who, how it ended, for how long.

/** How the call ended, from its cause and whether it was ever answered. */
export function howItEnded(call: EndedCall): string {
  const to = call.newDestination ? ` to ${call.newDestination}` : '';
  const unanswered = call.incoming ? 'missed' : 'not answered';
  switch (call.cause) {
    case undefined:
    case 'CLEARED':
      return call.answered ? 'hung up' : unanswered;
    case 'ABANDONED':
      return call.incoming ? 'caller gave up' : 'cancelled before answer';
    case 'NOT_ANSWERED':
      return 'not answered';
    case 'BUSY':
      // An incoming call that ends busy before it is answered is one the user turned down.
      return call.incoming && !call.answered ? 'declined' : 'busy';
    case 'DO_NOT_DISTURB':
      return 'do not disturb';
    case 'INVALID_NUMBER':
    case 'DESTINATION_NOT_OBTAINABLE':
      return 'number not reachable';
    case 'TRANSFERRED':
      return `transferred${to}`;
    case 'REDIRECTED':
      return `redirected${to}`;
    case 'FORWARDED':
    case 'OVERFLOWN':
      return `forwarded${to}`;
    case 'PICKED_UP':
      return `picked up elsewhere${to ? ` (${to.trim()})` : ''}`;
    case 'PARKED':
      return 'parked';
    case 'PARTICIPANT_LEFT':
      return 'left the conference';
    default:
      return call.cause.toLowerCase().replaceAll('_', ' ');
  }
}

/** `m:ss` of talk, from the answer to the end; undefined for a call never answered. */
export function talkTime(call: EndedCall): string | undefined {
  if (call.answeredAt === undefined) return undefined;
  const seconds = Math.max(0, Math.round((call.endedAt - call.answeredAt) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Who the call was with, in one line. */
export function endedWith(call: EndedCall): string {
  return call.parties.length ? call.parties.join(', ') : 'unknown party';
}
