import { Select, Text } from '@mantine/core';
import type { LabExtension } from '../api/list-extensions';

/**
 * Where calls are made from. A user calls from its own device; an administrator picks any extension and
 * acts as its user (`?loginName=` on the requests).
 */
export function CallFromSelect({
  admin,
  extensions,
  value,
  onChange,
}: {
  admin: boolean;
  extensions: LabExtension[];
  value: LabExtension | undefined;
  onChange: (loginName: string | null) => void;
}) {
  if (!admin) {
    return (
      <Text size="sm">
        Call from: your device <strong>{value ? `${value.deviceId} (${value.name})` : 'unknown'}</strong>
      </Text>
    );
  }
  return (
    <Select
      label="Call from"
      description="An administrator acts as the user of the extension it picks (?loginName=)."
      placeholder="Pick an extension"
      data={extensions
        .filter((extension) => extension.controllable)
        .map((extension) => ({ value: extension.loginName, label: `${extension.number} ${extension.name}` }))}
      value={value?.loginName ?? null}
      onChange={onChange}
      maw={320}
    />
  );
}
