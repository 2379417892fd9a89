import { actingAs } from '../../../o2g/act-as';
import type { MessagingTarget } from '../../../o2g/messaging';

/**
 * Whose voicemail the panel shows: the session's base URL, the user (the session's own login, or the
 * one an administrator acts as) and whether requests must name that user (`?loginName=`, admins only).
 */
export interface VoicemailScope {
  baseUrl: string;
  loginName: string;
  admin: boolean;
}

export function targetOf(scope: VoicemailScope): MessagingTarget {
  return { baseUrl: scope.baseUrl, loginName: actingAs(scope.admin, scope.loginName) };
}
