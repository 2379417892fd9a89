import { Button, Menu } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useState } from 'react';
import type { SnippetTarget } from '../model/snippets';
import { CREDENTIAL_VARIABLE, curlSnippet, fetchSnippet } from '../model/snippets';

const TARGETS: readonly { target: SnippetTarget; label: string; short: string }[] = [
  { target: 'o2g', label: 'Direct to the O2G', short: 'direct' },
  { target: 'proxy', label: 'Through the console’s proxy', short: 'through the proxy' },
];

/**
 * "Copy as" cURL or fetch, addressed to the O2G itself or through the console's proxy, and the link to
 * this operation with its parameters. The snippets read the credential from `$O2G_CREDENTIAL`: the real
 * one never leaves the console.
 */
export function CopyAsMenu({ method, url, body }: { method: string; url: string; body?: unknown }) {
  const clipboard = useClipboard({ timeout: 2000 });
  const [what, setWhat] = useState('');
  const copy = (label: string, text: string) => {
    clipboard.copy(text);
    setWhat(label);
  };
  const origin = window.location.origin;
  const request = { method, url, body };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm" aria-live="polite">
          {clipboard.copied ? `Copied ${what}` : 'Copy as…'}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {TARGETS.map(({ target, label, short }) => [
          <Menu.Label key={`${target}-label`}>
            {label} · credential from ${CREDENTIAL_VARIABLE}
          </Menu.Label>,
          <Menu.Item
            key={`${target}-curl`}
            aria-label={`cURL, ${short}`}
            onClick={() => copy(`cURL (${short})`, curlSnippet(request, origin, target))}
          >
            cURL
          </Menu.Item>,
          <Menu.Item
            key={`${target}-fetch`}
            aria-label={`fetch (JavaScript), ${short}`}
            onClick={() => copy(`fetch (${short})`, fetchSnippet(request, origin, target))}
          >
            fetch (JavaScript)
          </Menu.Item>,
        ])}
        <Menu.Divider />
        <Menu.Item onClick={() => copy('link', window.location.href)}>Link to this operation</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
