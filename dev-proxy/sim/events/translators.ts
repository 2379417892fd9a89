import type { EventTranslator } from './event-translator';
import { telephonyTranslator } from './telephony-translator';
import { eventSummaryTranslator } from './event-summary-translator';
import { routingTranslator } from './routing-translator';
import { comlogTranslator } from './comlog-translator';
import { userTranslator } from './user-translator';
import { pbxManagementTranslator, systemTranslator, userManagementTranslator } from './admin-translators';

/**
 * Every translator the event channel runs. Each service appends its own translators here (one line
 * each); the channel keeps those whose package a subscription selected.
 */
export const EVENT_TRANSLATORS: readonly EventTranslator[] = [
  telephonyTranslator,
  eventSummaryTranslator,
  routingTranslator,
  comlogTranslator,
  userTranslator,
  pbxManagementTranslator,
  userManagementTranslator,
  systemTranslator,
];
