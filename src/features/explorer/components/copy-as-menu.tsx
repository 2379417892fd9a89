import { Button, Menu } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useState } from 'react';
import { CREDENTIAL_VARIABLE, curlSnippet, fetchSnippet } from '../model/snippets';

/**
 * "Copy as" cURL or fetch, and the link to this operation with its parameters. The snippets read the
 * credential from `$O2G_CREDENTIAL`: the real one never leaves the console's proxy.
 */
export function CopyAsMenu({ method, url, body }: { method: string; url: string; body?: unknown }) {
  const clipboard = useClipboard({ timeout: 2000 });
  const [what, setWhat] = useState('');
  const copy = (label: string, text: string) => {
    clipboard.copy(text);
    setWhat(label);
  };
  const origin = window.location.origin;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm" aria-live="polite">
          {clipboard.copied ? `Copied ${what}` : 'Copy as…'}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Credential from ${CREDENTIAL_VARIABLE}</Menu.Label>
        <Menu.Item onClick={() => copy('cURL', curlSnippet({ method, url, body }, origin))}>cURL</Menu.Item>
        <Menu.Item onClick={() => copy('fetch', fetchSnippet({ method, url, body }, origin))}>
          fetch (JavaScript)
        </Menu.Item>
        <Menu.Item onClick={() => copy('link', window.location.href)}>Link to this operation</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
