import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { O2gExchange } from '../../../o2g/http';
import type { Observable } from '../../../o2g/observable';
import { observable } from '../../../o2g/observable';
import type { HandshakeStep, O2gSession } from '../../../o2g/session';
import { useO2gClient } from '../../../lib/o2g-client-context';
import type { LoginValues } from '../model/login-values';
import { loadSignInSteps } from './load-sign-in-steps';

/**
 * One rung of the handshake ladder shown while signing in. `not-reached`: an earlier step failed, so
 * this one never ran.
 */
export interface LadderStep {
  step: HandshakeStep;
  state: 'waiting' | 'running' | 'done' | 'failed' | 'not-reached';
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

export type SignInStatus = 'idle' | 'pending' | 'error' | 'success';

/**
 * Runs discovery → authentication → session. The ladder of what happened at each step is an observable
 * of its own, not state of the caller: the ladder component re-renders on each step, the form around it
 * only when the attempt starts and ends. The password goes into the authenticate request and nowhere else.
 */
export function useSignIn(onSignedIn: (session: O2gSession, variables: SignInVariables) => void) {
  const client = useO2gClient();
  const [ladder] = useState<Observable<LadderStep[]>>(() => observable(freshLadder()));
  const [outcome, setOutcome] = useState<{
    status: SignInStatus;
    error?: unknown;
    failedStep?: HandshakeStep;
  }>({ status: 'idle' });
  const attempt = useRef(0);
  const signedIn = useRef(onSignedIn);
  useEffect(() => {
    signedIn.current = onSignedIn;
  }, [onSignedIn]);

  const mutate = useCallback(
    async (variables: SignInVariables) => {
      const id = (attempt.current += 1);
      const current = () => id === attempt.current;
      ladder.set(freshLadder());
      // What the screen shows of the attempt renders after the first request has left, not before it
      // (a transition renders in a task of its own; the handshake continues in this one).
      startTransition(() => setOutcome({ status: 'pending' }));
      const patch = (step: HandshakeStep, change: Partial<LadderStep>) =>
        ladder.set(ladder.get().map((rung) => (rung.step === step ? { ...rung, ...change } : rung)));
      let running: HandshakeStep | undefined;
      // The exchange that ends while a step runs is that step's request and answer.
      const unsubscribe = client.exchanges.subscribe((exchange) => {
        if (running && current()) patch(running, { exchange });
      });
      try {
        const { signIn } = await loadSignInSteps();
        const { values, discoveryUrl } = variables;
        const session = await signIn(
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
            if (current()) patch(step, { url, state: phase === 'started' ? 'running' : phase });
          },
        );
        if (!current()) return;
        client.session.set(session);
        // One render for the outcome and whatever the caller does with it (leaving the page, usually).
        startTransition(() => {
          setOutcome({ status: 'success' });
          signedIn.current(session, variables);
        });
      } catch (error) {
        if (!current()) return;
        // The steps after the one that failed never ran: they say so instead of waiting forever.
        ladder.set(
          ladder.get().map((rung) => (rung.state === 'waiting' ? { ...rung, state: 'not-reached' } : rung)),
        );
        const failedStep = ladder.get().find((rung) => rung.state === 'failed')?.step;
        setOutcome({ status: 'error', error, failedStep });
      } finally {
        unsubscribe();
      }
    },
    [client, ladder],
  );

  /** Forgets the last attempt (its error and its ladder); an attempt still running is ignored from now on. */
  const reset = useCallback(() => {
    attempt.current += 1;
    ladder.set(freshLadder());
    setOutcome({ status: 'idle' });
  }, [ladder]);

  return {
    ladder,
    status: outcome.status,
    error: outcome.error,
    /** The step the last attempt failed at, if it got as far as a step. */
    failedStep: outcome.failedStep,
    isPending: outcome.status === 'pending',
    isError: outcome.status === 'error',
    mutate,
    reset,
  };
}
