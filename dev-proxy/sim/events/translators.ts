import type { EventTranslator } from './event-translator';

/**
 * Every translator the event channel runs. Each service appends its own translators here (one line
 * each); the channel keeps those whose package a subscription selected.
 */
export const EVENT_TRANSLATORS: readonly EventTranslator[] = [];
