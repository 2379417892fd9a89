import { screen } from '@testing-library/react';
import { useMutation } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { O2gError } from '../../../o2g/errors';
import { render } from '../../../testing/render';
import { mailboxSchema } from '../../../o2g/contract';
import type { ConnectVariables } from '../api/use-mailbox-actions';
import type { MailboxConnection } from '../api/voicemail-queries';
import { MailboxConnectForm } from './mailbox-connect-form';

// Parsed as an O2G answer is: the capabilities the O2G leaves out read as false.
const mailbox = mailboxSchema.parse({ id: '2002', name: 'Bruno Leroy', capabilities: {} });

/** The form around a connect that refuses every password, as an O2G does a wrong one (403). */
function Refusing({ sent, admin = false }: { sent: ConnectVariables[]; admin?: boolean }) {
  const connect = useMutation<MailboxConnection, Error, ConnectVariables>({
    mutationFn: (variables) => {
      sent.push(variables);
      return Promise.reject(
        new O2gError({ failure: 'no-rights', method: 'POST', url: '/voicemail/2002/connect', status: 403 }),
      );
    },
  });
  return <MailboxConnectForm mailbox={mailbox} admin={admin} connect={connect} />;
}

describe('MailboxConnectForm', () => {
  it('asks for a password in words before sending, and sends the typed one with Enter', async () => {
    const sent: ConnectVariables[] = [];
    const { user } = render(<Refusing sent={sent} />);
    const field = screen.getByLabelText('Mailbox password');

    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(field).toHaveAccessibleDescription(/Type the mailbox password/);
    expect(sent).toEqual([]);

    await user.type(field, '9999{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong mailbox password');
    expect(sent).toEqual([{ passwordBox: { value: '9999' } }]);
    // Sent, then forgotten: the field is empty again.
    expect(field).toHaveValue('');
  });

  it('takes the refusal away at the next keystroke', async () => {
    const { user } = render(<Refusing sent={[]} />);
    await user.click(screen.getByRole('button', { name: 'Use my user password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('User password not accepted');
    await user.type(screen.getByLabelText('Mailbox password'), '1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers an administrator the user\u2019s password, not its own', () => {
    render(<Refusing sent={[]} admin />);
    expect(screen.getByRole('button', { name: 'Use the user\u2019s password' })).toBeInTheDocument();
  });
});
