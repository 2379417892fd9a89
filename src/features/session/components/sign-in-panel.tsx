import { useState } from 'react';
import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { O2gSession } from '../../../o2g/session';
import { discoveryUrlThroughProxy } from '../../../o2g/proxy-targets';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { proxyTargetsQuery } from '../api/proxy-targets-query';
import { useSignIn } from '../api/use-sign-in';
import type { LoginValues } from '../model/login-values';
import { EMBEDDED_LAB, normalizeServerUrl } from '../model/login-values';
import { readRememberedLogin, rememberLogin } from '../model/remembered-login';
import { HandshakeLadder } from './handshake-ladder';
import type { LabAccount } from './lab-accounts';
import { LabAccounts } from './lab-accounts';
import { LoginForm } from './login-form';

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
  const targets = useQuery(proxyTargetsQuery(client));
  const embeddedLab = targets.data?.find((target) => target.kind === 'embedded-lab');
  const signIn = useSignIn((session, { values }) => {
    rememberLogin(values.server, values.loginName.trim());
    onSignedIn(session);
  });
  const [formError, setFormError] = useState<string>();

  const queryClient = useQueryClient();
  const submit = async (values: LoginValues) => {
    setFormError(undefined);
    let origin: string | undefined;
    if (values.server.trim() === EMBEDDED_LAB) {
      // The form can be sent before the proxy has said where the lab is: wait for that answer first.
      const known = await queryClient.ensureQueryData(proxyTargetsQuery(client)).catch(() => undefined);
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
    signIn.mutate({ values, discoveryUrl: discoveryUrlThroughProxy(origin) });
  };

  const failedStep = signIn.ladder.find((rung) => rung.state === 'failed')?.step;
  const words = signIn.error ? describeO2gError(signIn.error) : undefined;
  const pickAccount = (account: LabAccount) =>
    setPreset((current) => ({
      key: current.key + 1,
      values: { server: EMBEDDED_LAB, loginName: account.loginName, password: account.password },
    }));

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" shadow="xs">
        <LoginForm
          key={preset.key}
          preset={preset.values}
          recentServers={remembered.recentServers}
          pending={signIn.isPending}
          onSubmit={(values) => void submit(values)}
          // A failure belongs to the attempt that made it: the next edit clears it and its ladder.
          onEdit={() => {
            if (signIn.isError) signIn.reset();
            setFormError(undefined);
          }}
          status={
            (formError ?? words) && (
              <Alert
                color="red"
                title={
                  words
                    ? `${failedStep ? `${STEP_NAMES[failedStep]}: ` : ''}${words.title}`
                    : 'Cannot sign in'
                }
                role="alert"
              >
                {words?.message ?? formError}
              </Alert>
            )
          }
        />
      </Paper>
      {(signIn.isPending || signIn.isError || signIn.isSuccess) && <HandshakeLadder ladder={signIn.ladder} />}
      {targets.isPending && (
        <Text c="dimmed" size="sm">
          Looking for the embedded lab…
        </Text>
      )}
      {embeddedLab?.accounts && embeddedLab.accounts.length > 0 && (
        <LabAccounts accounts={embeddedLab.accounts} onPick={pickAccount} />
      )}
    </Stack>
  );
}
