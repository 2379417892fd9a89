import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../../../testing/render';
import { CallInputForm } from './call-input-form';

describe('CallInputForm', () => {
  it('sends the trimmed number with Enter, and nothing while the number is wrong', async () => {
    const onSubmit = vi.fn();
    const { user } = render(<CallInputForm kind="blindTransfer" pending={false} onSubmit={onSubmit} />);
    const field = screen.getByRole('textbox', { name: 'Transfer to number' });
    expect(field).toHaveAccessibleDescription('');

    await user.type(field, '20x{Enter}');
    expect(field).toHaveAccessibleDescription('Digits only, at most 20.');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(field);
    expect(field).toHaveAccessibleDescription('Type the number to transfer to.');
    await user.type(field, ' 2003 {Enter}');
    expect(field).toHaveAccessibleDescription('');
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('2003');
  });

  it('takes DTMF digits, stars, hashes and A–D, and says so of anything else', async () => {
    const onSubmit = vi.fn();
    const { user } = render(<CallInputForm kind="sendDtmf" pending={false} onSubmit={onSubmit} />);
    const field = screen.getByRole('textbox', { name: 'DTMF digits' });

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(field).toHaveAccessibleDescription('Type the digits to play.');
    await user.type(field, '12E');
    expect(field).toHaveAccessibleDescription('Digits, * # and A–D only, at most 64.');
    await user.type(field, '{Backspace}*#AD{Enter}');
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('12*#AD');
  });
});
