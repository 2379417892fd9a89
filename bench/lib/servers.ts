// Starts bench/lib/server-process.ts as a child process and talks to it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerAnswer, ServerRequest, ServerUrls } from './server-process';

export interface ServerChild {
  urls: ServerUrls;
  /** rss, heapUsed (after a full collection) and external, in bytes. */
  memory(): Promise<{ rss: number; heapUsed: number; external: number }>;
  /** CPU time (user + system) the child has used since it started, in microseconds. */
  cpuMicros(): Promise<number>;
  /** Starts a V8 CPU profile of the child; with `file`, stops it and writes it there. */
  profile(file?: string): Promise<void>;
  stop(): Promise<void>;
}

function ask(
  child: ChildProcess,
  request: ServerRequest,
  wanted: ServerAnswer['type'],
): Promise<ServerAnswer> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerAnswer) => {
      if (message.type !== wanted && message.type !== 'error') return;
      child.off('message', onMessage);
      if (message.type === 'error') reject(new Error(message.message));
      else resolve(message);
    };
    child.on('message', onMessage);
    child.send(request);
  });
}

export interface ChildOptions {
  /** Write a V8 CPU profile of the child into this folder when it exits (`node --cpu-prof`). */
  cpuProfileDir?: string;
}

export async function startServerChild(
  request: Extract<ServerRequest, { type: 'start' }>,
  options: ChildOptions = {},
): Promise<ServerChild> {
  const profile =
    options.cpuProfileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir];
  const child = fork(fileURLToPath(new URL('./server-process.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await ask(child, request, 'ready');
  return {
    urls: ready.type === 'ready' ? ready.urls : {},
    memory: async () => {
      const answer = await ask(child, { type: 'memory' }, 'memory');
      return answer.type === 'memory' ? answer : { rss: 0, heapUsed: 0, external: 0 };
    },
    cpuMicros: async () => {
      const answer = await ask(child, { type: 'cpu' }, 'cpu');
      return answer.type === 'cpu' ? answer.userMicros + answer.systemMicros : 0;
    },
    profile: async (file?: string) => {
      await ask(child, { type: 'profile', ...(file !== undefined && { file }) }, 'profile');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}
