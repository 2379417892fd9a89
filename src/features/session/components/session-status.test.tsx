import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { O2gSession } from '../../../o2g/session';
import { render } from '../../../testing/render';
import { SessionStatus } from './session-status';

// The header's view of a session as the lab opens one for oxe2001 (a user, 30 minutes to live).
const session = {
  loginName: 'oxe2001',
  serverInfo: { productName: 'O2G Services', productVersion: { major: '2.2.1', minor: '' } },
  info: { admin: false, timeToLive: 1800 },
  refreshedAt: Date.now(),
} as unknown as O2gSession;

describe('SessionStatus', () => {
  it('counts the time left down while the session lives', () => {
    render(<SessionStatus session={session} onEndSession={() => {}} ending={false} />);
    expect(screen.getByLabelText(/^Session time left: (29|30) minutes/)).toBeInTheDocument();
  });

  it('drops the countdown once the session is lost: no time is left to count', () => {
    render(<SessionStatus session={session} onEndSession={() => {}} ending={false} lost />);
    expect(screen.queryByLabelText(/^Session time left/)).not.toBeInTheDocument();
    expect(screen.getByText('Session lost')).toBeInTheDocument();
  });
});
