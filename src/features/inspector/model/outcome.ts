import type { O2gFailure } from '../../../o2g/errors';

/** The HTTP statuses an O2G exchange meets, in the words of the console's other screens. */
const STATUS_WORDS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  304: 'Not modified',
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported body',
  429: 'Too many requests',
  500: 'Server error',
  502: 'Bad gateway',
  503: 'Unavailable',
  504: 'Gateway timeout',
};

/** What went wrong, as the exchange records it: an `O2gFailure`, or a network error's message. */
const FAILURE_WORDS: Record<O2gFailure, string> = {
  unreachable: 'No answer: the O2G or the console’s proxy could not be reached.',
  tls: 'The server’s certificate is not trusted.',
  'not-allowed': 'The console’s proxy does not forward to this server.',
  'not-o2g': 'Something answered, but not as an O2G does.',
  'bad-credentials': 'Wrong login or password.',
  'session-expired': 'The session has ended or expired.',
  'no-rights': 'This session may not do that.',
  'not-found': 'The O2G has no such resource.',
  'bad-request': 'The O2G refused the request as malformed or not acceptable (its body says why).',
  server: 'The O2G failed on its side.',
};

/** The cancellation a network error records (see `src/o2g/http.ts`): the console dropped it on purpose. */
const CANCELLED = 'The request was cancelled';

interface Outcome {
  status: number;
  failure?: string;
}

/** True when the console cancelled the request itself (a page left, a newer request): not a failure. */
export function wasCancelled({ status, failure }: Outcome): boolean {
  return status === 0 && failure === CANCELLED;
}

/** An exchange's outcome in words: "Not found (404)", "No answer", "Cancelled". */
export function outcomeWords(outcome: Outcome): string {
  if (wasCancelled(outcome)) return 'Cancelled';
  if (outcome.status === 0) return 'No answer';
  const words = STATUS_WORDS[outcome.status];
  return words ? `${words} (${outcome.status})` : `HTTP ${outcome.status}`;
}

/** The recorded failure in a sentence: known failures in words, a network error's message as it is. */
export function failureWords(failure: string): string {
  return (FAILURE_WORDS as Record<string, string | undefined>)[failure] ?? failure;
}
