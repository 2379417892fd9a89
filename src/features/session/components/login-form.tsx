import type { FormEvent, ReactNode } from 'react';
import { memo, useId, useState } from 'react';
import { Button, PasswordInput, Radio, Group, Stack, TextInput } from '@mantine/core';
import type { LoginErrors, LoginValues } from '../model/login-values';
import { initialLoginValues, serverChoices, validateLogin } from '../model/login-values';

interface LoginFormProps {
  /** Called with valid values only. */
  onSubmit: (values: LoginValues) => void;
  /** Servers the console's proxy forwards to (`--target`), offered after the embedded lab. */
  proxyServers?: readonly string[];
  /** Servers offered after those of the proxy, most recent first. */
  recentServers?: readonly string[];
  /** Starting values: the remembered server and login, or a picked lab account. Change the form's key to apply new ones. */
  preset?: Partial<LoginValues>;
  pending?: boolean;
  /** Shown between the fields and the button, e.g. the reason the last attempt failed. */
  status?: ReactNode;
  /** Any field changed: what `status` said about the last attempt no longer applies. */
  onEdit?: () => void;
}

const NONE: readonly string[] = [];

/**
 * The sign-in form: which O2G, who you are, and how the session should present itself. Memoised: the
 * sign-in panel around it re-renders while a sign-in runs, and the form has nothing new to show then.
 */
export const LoginForm = memo(function LoginForm({
  onSubmit,
  proxyServers = NONE,
  recentServers = NONE,
  preset,
  pending = false,
  status,
  onEdit,
}: LoginFormProps) {
  const [values, setValues] = useState(() => initialLoginValues(preset));
  const [errors, setErrors] = useState<LoginErrors>({});

  const update = <K extends keyof LoginValues>(field: K, value: LoginValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // An error describes what was typed before; once the field changes it no longer applies.
    setErrors((current) => ({ ...current, [field]: undefined }));
    onEdit?.();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLogin(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  };

  const serverListId = useId();
  const servers = serverChoices(proxyServers, recentServers);

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in to an O2G">
      <Stack gap="md">
        {/* A native list of suggestions: Mantine's Autocomplete brought its floating layer (about 15 kB
            gzip) into the sign-in page's first load for five suggestions. */}
        <TextInput
          label="O2G server"
          description="The embedded lab, a server of this console's proxy, a recent one, or the address of your vlab"
          placeholder="https://o2g-vlab30.ale-dspp.com"
          list={serverListId}
          autoComplete="off"
          value={values.server}
          onChange={(event) => update('server', event.currentTarget.value)}
          error={errors.server}
          required
        />
        <datalist id={serverListId}>
          {servers.map((server) => (
            <option key={server} value={server} />
          ))}
        </datalist>
        <TextInput
          label="Login"
          autoComplete="username"
          value={values.loginName}
          onChange={(event) => update('loginName', event.currentTarget.value)}
          error={errors.loginName}
          required
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          value={values.password}
          onChange={(event) => update('password', event.currentTarget.value)}
          error={errors.password}
          required
        />
        <TextInput
          label="Application name"
          description="How this session presents itself to the O2G"
          value={values.applicationName}
          onChange={(event) => update('applicationName', event.currentTarget.value)}
          error={errors.applicationName}
          required
        />
        <Radio.Group
          label="O2G URLs to follow"
          value={values.urlKind}
          onChange={(value) => update('urlKind', value === 'internal' ? 'internal' : 'public')}
        >
          <Group mt="xs">
            <Radio value="public" label="Public" />
            <Radio value="internal" label="Internal (LAN)" />
          </Group>
        </Radio.Group>
        {status}
        <Button type="submit" size="md" loading={pending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
});
