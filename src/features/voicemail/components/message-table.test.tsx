// What the lab never produces (it marks no message urgent, and knows every caller), read from data as
// an O2G could send it: the table is pure, its panel's test drives the lab.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { VoiceMessage } from '../../../o2g/contract';
import { render } from '../../../testing/render';
import { MessageTable } from './message-table';

const urgent: VoiceMessage = {
  voicemailId: 'm1',
  from: { id: { loginName: 'oxe2003', phoneNumber: '2003' }, firstName: 'Chloé', lastName: 'Dubois' },
  duration: 7,
  date: '2026-01-15T09:41:07.000Z',
  unread: true,
  highPriority: true,
};
const withheld: VoiceMessage = {
  ...urgent,
  voicemailId: 'm2',
  from: undefined,
  unread: false,
  highPriority: false,
};

describe('MessageTable', () => {
  it('flags an urgent message, and names a withheld caller without offering to call back', () => {
    render(
      <MessageTable
        messages={[urgent, withheld]}
        selected={[]}
        onSelect={() => {}}
        loading={{}}
        onPlay={() => {}}
        onMarkHeard={() => {}}
        onDelete={() => {}}
        onCallBack={() => {}}
      />,
    );
    const table = screen.getByRole('table', { name: 'Voice messages' });
    expect(within(table).getByRole('row', { name: 'Message from Chloé Dubois (2003)' })).toHaveTextContent(
      'urgent',
    );
    const unknown = within(table).getByRole('row', { name: 'Message from Unknown caller' });
    expect(unknown).not.toHaveTextContent('urgent');
    expect(unknown).toHaveTextContent('heard');
    expect(within(unknown).getByRole('button', { name: /^Mark heard/ })).toBeDisabled();
    expect(within(unknown).getByRole('button', { name: /^Call back/ })).toBeDisabled();
  });
});
