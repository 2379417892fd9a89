import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createO2gClient } from '../../../o2g/client';
import { render } from '../../../testing/render';
import { WithClient } from '../../../testing/test-providers';
import { ChannelBadge } from './channel-badge';

describe('the event channel badge', () => {
  it('follows the channel: Live, O2G unreachable, Reconnecting…, Events off, with why on hover', async () => {
    const client = createO2gClient();
    const { user } = render(
      <WithClient client={client}>
        <ChannelBadge />
      </WithClient>,
    );
    expect(screen.getByRole('status', { name: 'Event channel: Events off' })).toBeInTheDocument();
    act(() => client.channel.set('live'));
    expect(screen.getByRole('status', { name: 'Event channel: Live' })).toHaveTextContent('Live');
    act(() => client.channel.set('unreachable'));
    expect(screen.getByRole('status', { name: 'Event channel: O2G unreachable' })).toBeInTheDocument();
    act(() => client.channel.set('reconnecting'));
    const badge = screen.getByRole('status', { name: 'Event channel: Reconnecting…' });
    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('no event is handled twice');
  });
});
