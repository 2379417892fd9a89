import { sessionRequestSchema } from '../contract/session';
import { NO_CONTENT, operations } from './define';

/**
 * Sessions: the session itself. No session lists it among its services (every session has it), so
 * the catalogue marks it implicit and the explorer always shows it.
 */
export const SESSIONS = operations('Sessions', 'sessions', {
  open: {
    method: 'POST',
    path: '/sessions',
    summary: 'Open a session (the console has one already: this opens another)',
    body: sessionRequestSchema,
    example: { applicationName: 'explorer' },
    returns: 'The session: timeToLive, the services with their relativeUrl, adminType.',
  },
  read: {
    method: 'GET',
    path: '/sessions',
    summary: 'Read the session',
    returns: 'timeToLive, services, the user’s loginName (none for an administrator).',
  },
  close: {
    method: 'DELETE',
    path: '/sessions',
    summary: 'Close the session (the console signs out with it)',
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
  keepAlive: {
    method: 'POST',
    path: '/sessions/keepalive',
    summary: 'Keep the session alive',
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
});
