// A child process that opens bench sessions and reads their event channels, so that the process
// timing requests in those sessions does not read hundreds of channels on its own event loop (each
// session of a real lab is a browser of its own). Driven over IPC: `open` (discovery URL and one
// extension per session), `counts` (event lines read so far, channels that ended), `close` (all sessions,
// then the process exits).
import { openBenchSession, type BenchSession } from './bench-session';

export type HolderRequest =
  | { type: 'open'; discoveryUrl: string; extensions: string[]; inParallel: number }
  | { type: 'counts' }
  | { type: 'close' };

/** What another process needs to act in a held session. */
export interface HeldSession {
  deviceId: string;
  base: string;
  credential: string;
}

export type HolderAnswer =
  | { type: 'open'; sessions: HeldSession[] }
  | { type: 'counts'; eventLines: number; closedChannels: number }
  | { type: 'error'; message: string };

const sessions: BenchSession[] = [];
const answer = (message: HolderAnswer) => process.send?.(message);

async function open(request: Extract<HolderRequest, { type: 'open' }>): Promise<HeldSession[]> {
  const { discoveryUrl, extensions, inParallel } = request;
  for (let i = 0; i < extensions.length; i += inParallel) {
    const batch = extensions.slice(i, i + inParallel);
    sessions.push(
      ...(await Promise.all(batch.map((extension) => openBenchSession(discoveryUrl, extension)))),
    );
  }
  return sessions.map(({ deviceId, base, credential }) => ({ deviceId, base, credential }));
}

process.on('message', (message: HolderRequest) => {
  if (message.type === 'open') {
    open(message).then(
      (held) => answer({ type: 'open', sessions: held }),
      (error: unknown) => answer({ type: 'error', message: String(error) }),
    );
  } else if (message.type === 'counts') {
    answer({
      type: 'counts',
      eventLines: sessions.reduce((sum, session) => sum + session.eventLines(), 0),
      closedChannels: sessions.filter((session) => session.closed()).length,
    });
  } else {
    // The parent waits for the exit.
    void Promise.all(sessions.map((session) => session.close())).finally(() => process.exit(0));
  }
});

// The benchmark that started this process is gone: nothing left to hold.
process.on('disconnect', () => process.exit(0));
