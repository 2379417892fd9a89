import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '../../../testing/render';
import { LoginForm } from './login-form';

describe('LoginForm', () => {
  it('labels every field and starts on the embedded lab with the application name filled in', () => {
    render(<LoginForm onSubmit={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'O2G server' })).toHaveValue('Embedded lab');
    expect(screen.getByRole('textbox', { name: 'Login' })).toHaveValue('');
    expect(screen.getByLabelText(/^password/i)).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Application name' })).toHaveValue('O2G-Console');
    expect(screen.getByRole('radio', { name: 'Public' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('says what is missing and does not submit', async () => {
    const onSubmit = vi.fn();
    const { user } = render(<LoginForm onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your O2G login')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a server that is not an http(s) address', async () => {
    const onSubmit = vi.fn();
    const { user } = render(<LoginForm onSubmit={onSubmit} />);
    const server = screen.getByRole('combobox', { name: 'O2G server' });
    await user.clear(server);
    await user.type(server, 'ftp://lab');
    await user.type(screen.getByRole('textbox', { name: 'Login' }), 'admin');
    await user.type(screen.getByLabelText(/^password/i), 'admin');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText(/type an http\(s\) address/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits what was typed, internal URLs included', async () => {
    const onSubmit = vi.fn();
    const { user } = render(<LoginForm onSubmit={onSubmit} preset={{ loginName: 'oxe2001' }} />);
    await user.type(screen.getByLabelText(/^password/i), '2001');
    await user.click(screen.getByRole('radio', { name: 'Internal (LAN)' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({
      server: 'Embedded lab',
      loginName: 'oxe2001',
      password: '2001',
      applicationName: 'O2G-Console',
      urlKind: 'internal',
    });
  });
});
