// The other parties of a component test: colleagues who call and leave voice messages on the test's own
// lab, through an administrator session of their own (so the component's client records none of it)
// and the lab's controls (its clock, its phones).
import * as telephony from '../o2g/telephony';
import { signInTo, type OwnLab, type SignedIn } from './own-lab';

/** The lab's logins are `oxe` + their extension. */
const loginOf = (extension: string) => `oxe${extension}`;

/** A lab with an administrator backstage, to play the colleagues. */
export interface Stage {
  lab: OwnLab;
  backstage: SignedIn;
}

export async function stageOf(lab: OwnLab): Promise<Stage> {
  return { lab, backstage: await signInTo(lab, 'admin') };
}

/** The extension `from` calls `to` from its desk (its phone goes off-hook by itself); returns the callRef. */
export async function placeCall({ backstage }: Stage, from: string, to: string): Promise<string> {
  const { http } = backstage.client;
  const caller = { baseUrl: backstage.session.baseUrl, loginName: loginOf(from) };
  const { callRef } = await telephony.makeCall(
    http,
    caller,
    { deviceId: from, callee: to, autoAnswer: true },
    { basic: true },
  );
  return callRef ?? '';
}

/**
 * The extension `from` calls `to`, who sends the call to voicemail; the caller speaks for `seconds` (on
 * the lab's clock, moved forward rather than waited for) and hangs up: `to`'s mailbox holds a new message.
 */
export async function leaveVoiceMessage(stage: Stage, from: string, to: string, seconds = 7): Promise<void> {
  const { http } = stage.backstage.client;
  const { baseUrl } = stage.backstage.session;
  await placeCall(stage, from, to);
  const calls = await telephony.getCalls(http, { baseUrl, loginName: loginOf(to) });
  const callRef = calls.find((call) => call.callData?.state === 'RINGING_INCOMING')?.callRef ?? '';
  await telephony.redirect(http, { baseUrl, loginName: loginOf(to) }, callRef, 'VOICEMAIL');
  await stage.lab.control('POST', '/clock/advance', { seconds });
  await telephony.release(http, { baseUrl, loginName: loginOf(from) }, callRef);
}
