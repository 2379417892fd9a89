import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Paper, Stack, Text } from '@mantine/core';
import type { O2gSession } from '../../../o2g/session';
import { discoveryUrlThroughProxy } from '../../../o2g/proxy-paths';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { loadProxyTargets, useProxyTargets } from '../api/proxy-targets';
import { loadLabAccounts, loadLadder, prefetchSignIn } from '../api/prefetch-sign-in';
import { useSignIn, type SignInStatus } from '../api/use-sign-in';
import type { LoginValues } from '../model/login-values';
import { EMBEDDED_LAB, normalizeServerUrl } from '../model/login-values';
import { readRememberedLogin, rememberLogin } from '../model/remembered-login';
import type { LabAccount } from './lab-accounts';
import { LoginForm } from './login-form';

const HandshakeLadder = lazy(() => loadLadder().then((module) => ({ default: module.HandshakeLadder })));
const LabAccounts = lazy(() => loadLabAccounts().then((module) => ({ default: memo(module.LabAccounts) })));

/** How long a sign-in runs before its ladder shows; a quicker one leaves the page before it would. */
const LADDER_DELAY_MS = 200;

const STEP_NAMES = {
  discovery: 'Discovery',
  authentication: 'Authentication',
  session: 'Opening the session',
};

/**
 * Sign-in: the form, the embedded lab's accounts, and the handshake ladder with the failure (if any)
 * explained at the step where it happened.
 */
export function SignInPanel({ onSignedIn }: { onSignedIn: (session: O2gSession) => void }) {
  const client = useO2gClient();
  const [remembered] = useState(readRememberedLogin);
  const [preset, setPreset] = useState<{ key: number; values: Partial<LoginValues> }>({
    key: 0,
    values: { server: remembered.server, loginName: remembered.loginName },
  });
  const targets = useProxyTargets(client);
  // The accounts table shows as soon as the proxy answers: fetch its code alongside, not after.
  useEffect(() => void loadLabAccounts(), []);
  const embeddedLab = targets.targets?.find((target) => target.kind === 'embedded-lab');
  // The servers given to the proxy with --target, for the picker (the lab has its own entry).
  const proxyServers = useMemo(
    () => (targets.targets ?? []).filter((target) => target.kind !== 'embedded-lab').map((t) => t.origin),
    [targets.targets],
  );
  const signIn = useSignIn(
    useCallback(
      (_session: O2gSession, { values }: { values: LoginValues }) => {
        rememberLogin(values.server, values.loginName.trim());
        onSignedIn(_session);
      },
      [onSignedIn],
    ),
  );
  const [formError, setFormError] = useState<string>();

  const { mutate, reset, isError } = signIn;
  const ladderShown = useLadderShown(signIn.status);
  // Stable handlers: the form is memoised and should not re-render while the handshake runs.
  const submit = useCallback(
    async (values: LoginValues) => {
      setFormError(undefined);
      let origin: string | undefined;
      if (values.server.trim() === EMBEDDED_LAB) {
        // The form can be sent before the proxy has said where the lab is: wait for that answer first.
        const known = await loadProxyTargets(client).catch(() => undefined);
        origin = known?.find((target) => target.kind === 'embedded-lab')?.origin;
        if (!origin) {
          setFormError(
            known
              ? 'This console was started without the embedded lab: type the address of an O2G instead.'
              : 'The console\u2019s proxy does not answer, so no O2G can be reached. Start the console with npm start.',
          );
          return;
        }
      } else {
        origin = normalizeServerUrl(values.server);
        // The form refuses such an address before it gets here; this keeps the two in step.
        if (!origin) {
          setFormError('That is not the address of an O2G: type it as https://host.');
          return;
        }
      }
      void mutate({ values, discoveryUrl: discoveryUrlThroughProxy(origin) });
    },
    [client, mutate],
  );
  const onSubmit = useCallback((values: LoginValues) => void submit(values), [submit]);
  // A failure belongs to the attempt that made it: the next edit clears it and its ladder.
  const onEdit = useCallback(() => {
    prefetchSignIn();
    if (isError) reset();
    setFormError(undefined);
  }, [isError, reset]);

  const words = useMemo(() => (signIn.error ? describeO2gError(signIn.error) : undefined), [signIn.error]);
  const pickAccount = useCallback(
    (account: LabAccount) =>
      setPreset((current) => ({
        key: current.key + 1,
        values: { server: EMBEDDED_LAB, loginName: account.loginName, password: account.password },
      })),
    [],
  );
  const status = useMemo(
    () =>
      (formError ?? words) && (
        <Alert
          color="red"
          title={
            words
              ? `${signIn.failedStep ? `${STEP_NAMES[signIn.failedStep]}: ` : ''}${words.title}`
              : 'Cannot sign in'
          }
          role="alert"
        >
          {words?.message ?? formError}
        </Alert>
      ),
    [formError, words, signIn.failedStep],
  );

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" shadow="xs">
        <LoginForm
          key={preset.key}
          preset={preset.values}
          proxyServers={proxyServers}
          recentServers={remembered.recentServers}
          pending={signIn.isPending}
          onSubmit={onSubmit}
          onEdit={onEdit}
          status={status}
        />
      </Paper>
      {ladderShown && (
        <Suspense fallback={null}>
          <HandshakeLadder ladder={signIn.ladder} />
        </Suspense>
      )}
      {targets.pending && (
        <Text c="dimmed" size="sm">
          Looking for the embedded lab…
        </Text>
      )}
      {embeddedLab?.accounts && embeddedLab.accounts.length > 0 && (
        <Suspense fallback={null}>
          <LabAccounts accounts={embeddedLab.accounts} onPick={pickAccount} />
        </Suspense>
      )}
    </Stack>
  );
}

/**
 * Whether the handshake ladder shows: once an attempt fails, or once it has run LADDER_DELAY_MS. A quick
 * sign-in would draw the ladder only to leave the page, and drawing it (an accordion, its badges, a
 * loader) would compete with the handshake's own requests for the page's one thread. Once shown, it
 * stays through a failure and the next attempt, until the form is edited or the sign-in succeeds.
 */
function useLadderShown(status: SignInStatus): boolean {
  const [slow, setSlow] = useState(false);
  const [seen, setSeen] = useState(status);
  if (status !== seen) {
    setSeen(status);
    if (status === 'idle' || status === 'success') setSlow(false);
  }
  useEffect(() => {
    if (status !== 'pending') return;
    const timer = setTimeout(() => setSlow(true), LADDER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return status === 'error' || (status === 'pending' && slow);
}
