import { DemoUsageError } from './demo-args';

/**
 * Asks a question on the terminal without echoing the answer (a password). Without a terminal there is
 * nobody to ask: the caller is told to use the environment instead.
 */
export function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY)
    return Promise.reject(new DemoUsageError('no password: set O2G_DEMO_PASSWORD, or run in a terminal to be asked'));
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let answer = '';
    const done = (finish: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      finish();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(() => resolve(answer));
        if (char === '\u0003') return done(() => reject(new DemoUsageError('cancelled')));
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    stdin.on('data', onData);
  });
}
