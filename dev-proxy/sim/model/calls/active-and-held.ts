import type { CallStore } from './call-store';
import type { CallParty, SimCall } from './call-types';
import { incompatibleWithState } from './telephony-errors';

// Merge and consultation transfer both start from the same pair: the user's active call and the call
// they hold. The OXE checks the pair before anything moves, so a refusal leaves both calls as they were.

/**
 * The user's legs on `call` (active, or in `activeStates`) and on `held` (on hold), or the
 * INCOMPATIBLE_WITH_STATE refusal: `selfRefusal` when both name the same call.
 */
export function activeAndHeld(
  store: CallStore,
  call: SimCall,
  held: SimCall,
  loginName: string,
  selfRefusal: string,
  activeStates: readonly CallParty['state'][] = ['ACTIVE'],
): { mine: CallParty; mineHeld: CallParty } {
  if (held === call) throw incompatibleWithState(selfRefusal);
  const mine = store.partyOf(call, loginName);
  const mineHeld = store.partyOf(held, loginName);
  if (!activeStates.includes(mine.state)) throw incompatibleWithState(`Call ${call.callRef} is not active`);
  if (mineHeld.state !== 'HELD') throw incompatibleWithState(`Call ${held.callRef} is not on hold`);
  return { mine, mineHeld };
}
