import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '../testing/render';
import { JsonTree } from './json-tree';

describe('JsonTree', () => {
  it('shows scalars in their JSON spelling and folds deep objects until expanded', async () => {
    const { user } = render(
      <JsonTree value={{ admin: true, login: 'oxe2001', deep: { deeper: { leaf: 42 } } }} label="Session" />,
    );
    expect(screen.getByRole('tree', { name: 'Session' })).toBeInTheDocument();
    expect(screen.getByText('"oxe2001"')).toBeInTheDocument();
    expect(screen.getByText('true')).toBeInTheDocument();
    expect(screen.queryByText('42')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Expand deeper' }));
    expect(screen.getByText('42')).toBeInTheDocument();
  });
});
