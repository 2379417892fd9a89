// Starts bench/lib/session-holder-process.ts and talks to it: sessions opened and held (event channels
// read) in a process of their own, used from this one through their credentials.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sendWith } from './bench-session';
import type { HeldSession, HolderAnswer, HolderRequest } from './session-holder-process';

export interface HolderSession extends HeldSession {
  send(method: string, url: string, body?: unknown): Promise<Response>;
}

export interface SessionHolder {
  sessions: HolderSession[];
  counts(): Promise<{ eventLines: number; closedChannels: number }>;
  /** Closes every session (channel, then session) and ends the process. */
  close(): Promise<void>;
}

function ask<T extends HolderAnswer['type']>(
  child: ChildProcess,
  request: HolderRequest,
  wanted: T,
): Promise<Extract<HolderAnswer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: HolderAnswer) => {
      if (message.type !== wanted && message.type !== 'error') return;
      child.off('message', onMessage);
      if (message.type === 'error') reject(new Error(message.message));
      else resolve(message as Extract<HolderAnswer, { type: T }>);
    };
    child.on('message', onMessage);
    child.send(request);
  });
}

/** Opens one session per extension (`inParallel` at a time), each with its event channel open. */
export async function holdSessions(
  discoveryUrl: string,
  extensions: string[],
  inParallel: number,
): Promise<SessionHolder> {
  const child = fork(fileURLToPath(new URL('./session-holder-process.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const opened = await ask(child, { type: 'open', discoveryUrl, extensions, inParallel }, 'open');
  return {
    sessions: opened.sessions.map((held) => ({ ...held, send: sendWith(held.credential) })),
    counts: async () => {
      const { eventLines, closedChannels } = await ask(child, { type: 'counts' }, 'counts');
      return { eventLines, closedChannels };
    },
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'close' } satisfies HolderRequest);
      await exited;
    },
  };
}
