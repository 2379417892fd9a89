import type { CacheEvents } from '../lib/cache-events';
import { telephonyEvents } from '../features/telephony/api/telephony-events';
import { voicemailEvents } from '../features/voicemail/api/voicemail-events';

/** Every feature whose cache entries follow the O2G's events; the session's frame applies them all. */
export const CACHE_EVENTS: readonly CacheEvents[] = [telephonyEvents, voicemailEvents];
