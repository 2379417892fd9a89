import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { O2gExchange } from '../../../o2g/http';
import type { HandshakeStep, O2gSession } from '../../../o2g/session';
import { signIn } from '../../../o2g/session';
import { useO2gClient } from '../../../lib/o2g-client-context';
import type { LoginValues } from '../model/login-values';

/** One rung of the handshake ladder shown while signing in. */
export interface LadderStep {
  step: HandshakeStep;
  state: 'waiting' | 'running' | 'done' | 'failed';
  url?: string;
  exchange?: O2gExchange;
}

const STEPS: HandshakeStep[] = ['discovery', 'authentication', 'session'];
const freshLadder = (): LadderStep[] => STEPS.map((step) => ({ step, state: 'waiting' }));

export interface SignInVariables {
  values: LoginValues;
  /** Where discovery starts, through the proxy: `/o2g/<scheme>/<host>:<port>/api/rest`. */
  discoveryUrl: string;
}

/**
 * Runs discovery → authentication → session, and keeps the ladder of what happened at each step.
 * The password goes into the authenticate request and nowhere else.
 */
export function useSignIn(onSignedIn: (session: O2gSession, variables: SignInVariables) => void) {
  const client = useO2gClient();
  const [ladder, setLadder] = useState<LadderStep[]>(freshLadder);

  const mutation = useMutation({
    mutationFn: async ({ values, discoveryUrl }: SignInVariables) => {
      setLadder(freshLadder());
      const patch = (step: HandshakeStep, change: Partial<LadderStep>) =>
        setLadder((current) => current.map((rung) => (rung.step === step ? { ...rung, ...change } : rung)));
      let running: HandshakeStep | undefined;
      // The exchange that ends while a step runs is that step's request and answer.
      const unsubscribe = client.exchanges.subscribe((exchange) => {
        if (running) patch(running, { exchange });
      });
      try {
        return await signIn(
          client.http,
          {
            discoveryUrl,
            loginName: values.loginName.trim(),
            password: values.password,
            applicationName: values.applicationName.trim(),
            urlKind: values.urlKind,
          },
          (step, phase, url) => {
            running = phase === 'started' ? step : undefined;
            patch(step, { url, state: phase === 'started' ? 'running' : phase });
          },
        );
      } finally {
        unsubscribe();
      }
    },
    onSuccess: (session, variables) => {
      client.session.set(session);
      onSignedIn(session, variables);
    },
  });

  return { ...mutation, ladder };
}
