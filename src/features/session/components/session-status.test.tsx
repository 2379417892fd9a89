import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '../../../testing/render';
import { signInTo, startOwnLab } from '../../../testing/own-lab';
import { SessionStatus } from './session-status';

// The header's view of the session the lab opens for oxe2001 (a user, 30 minutes to live).
const openSession = async () => (await signInTo(await startOwnLab(), 'oxe2001')).session;

describe('SessionStatus', () => {
  it('counts the time left down while the session lives', async () => {
    const session = await openSession();
    render(<SessionStatus session={session} onEndSession={() => {}} ending={false} />);
    expect(screen.getByLabelText(/^Session time left: (29|30) minutes/)).toBeInTheDocument();
  });

  it('drops the countdown once the session is lost: no time is left to count', async () => {
    const session = await openSession();
    render(<SessionStatus session={session} onEndSession={() => {}} ending={false} lost />);
    expect(screen.queryByLabelText(/^Session time left/)).not.toBeInTheDocument();
    expect(screen.getByText('Session lost')).toBeInTheDocument();
  });
});
