import { LabError } from './labs/load-lab';
import { parseSimCli, SIM_USAGE, SimUsageError } from './cli-options';
import { startSim, type RunningSim } from './start';

/** Where the CLI writes and what it reads; the process's by default, replaceable in tests. */
export interface SimCliIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: SimCliIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** What the CLI did: the running simulator, or the exit code to leave with (0 after --help, 2 for bad options). */
export type SimCliOutcome = { sim: RunningSim; exitCode?: undefined } | { sim?: undefined; exitCode: number };

/**
 * Prints the URLs served and the accounts of the lab, so that a person can sign in at once. Passwords
 * are printed for the embedded lab only, whose accounts are public; a lab file's stay in the file
 * (terminal output ends up in logs and screen shares).
 */
function describe(sim: RunningSim, io: SimCliIo, embedded: boolean): void {
  const { lab } = sim.world;
  const secret = (value: string) => (embedded ? value : '(see the lab file)');
  io.out(`O2G lab "${lab.name}" (${lab.product.productName}) is serving:`);
  io.out(`  ${sim.httpsUrl}/api/rest   (self-signed unless a certificate was given)`);
  io.out(`  ${sim.httpUrl}/api/rest`);
  io.out('Accounts (login / password):');
  for (const admin of lab.administrators)
    io.out(`  ${admin.loginName} / ${secret(admin.password)}   administrator`);
  for (const user of lab.users) {
    const mailbox = user.mailbox
      ? `, voicemail on ${lab.voicemail.accessNumber} (mailbox password ${secret(user.mailbox.password)})`
      : '';
    io.out(
      `  ${user.loginName} / ${secret(user.password)}   ${user.firstName} ${user.lastName}, extension ${user.companyPhone}${mailbox}`,
    );
  }
  io.out(`Trunk loopback: dial ${lab.telephony.trunkLoopbackPrefix} + 2 digits + 3 digits + an extension.`);
}

/**
 * Runs the simulator from a command line (without the node and script arguments). Bad options print a
 * message and the usage and give exit code 2; a lab file that is not valid does the same.
 */
export async function runSimCli(argv: string[], io: SimCliIo = processIo): Promise<SimCliOutcome> {
  try {
    const request = parseSimCli(argv, io.env);
    if (request.help) {
      io.out(SIM_USAGE);
      return { exitCode: 0 };
    }
    const sim = await startSim(request.options);
    describe(sim, io, request.options.labFile === undefined);
    return { sim };
  } catch (error) {
    io.err(`o2g-sim: ${startFailure(error)}`);
    if (error instanceof SimUsageError) io.err(SIM_USAGE);
    return {
      exitCode: error instanceof SimUsageError || error instanceof LabError || isFileError(error) ? 2 : 1,
    };
  }
}

function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES';
}

/** One line that says why the simulator could not start, without a stack trace. */
function startFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `cannot listen: the port is already in use (${error.message})`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `cannot listen on that host (${error.message})`;
  return error.message;
}
