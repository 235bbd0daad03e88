// CLI: `nodeling run <script> [args...]`, `nodeling -e/-p CODE`, mounts, help and version. The
// host's current directory is mounted read-write (or, with --memfs, copied into memory) at the
// same path and is the program's cwd.
import { HostSetupError, runProgram } from '../hosts/node/kernel-host.js';

const VERSION = '0.1.0';

const HELP = `Usage: nodeling run [node options] <script> [args...]
       nodeling run [node options] -e <code> | -p <code>
       nodeling -e <code> | -p <code>
       nodeling --help | --version

Runs a Node.js program on nodeling's virtual operating system. The current
directory is mounted read-write at the same path and is the program's cwd;
the environment and stdin/stdout/stderr are the host's. nodeling's options
go before the script or code, before or after \`run\`.

Options:
  --mount HOSTDIR:PATH   also mount HOSTDIR read-write at PATH (repeatable)
  --memfs                copy the current directory into the in-memory
                         filesystem at the same path instead of mounting it:
                         the program's writes stay in memory and vanish at
                         exit (at most 256 MiB and 100000 entries)
  -h, --help             print this help
  -v, --version          print nodeling's version
`;

async function main(argv: string[]): Promise<number> {
  const mounts: [string, string][] = [];
  let memfs = false;
  let i = 0;
  let ranCommand = false;
  // nodeling's own options come first, before or right after `run`; the rest is node's command line.
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--mount') {
      const spec = argv[++i];
      const colon = spec?.lastIndexOf(':') ?? -1;
      if (!spec || colon <= 0) {
        process.stderr.write('nodeling: --mount needs HOSTDIR:PATH\n');
        return 9;
      }
      mounts.push([spec.slice(0, colon), spec.slice(colon + 1)]);
    } else if (arg === '--memfs') {
      memfs = true;
    } else if (arg === 'run' && !ranCommand) {
      ranCommand = true;
    } else if (!ranCommand && (arg === '-h' || arg === '--help')) {
      process.stdout.write(HELP);
      return 0;
    } else if (!ranCommand && (arg === '-v' || arg === '--version')) {
      process.stdout.write(`nodeling ${VERSION} (Node.js ${'v20.20.2'} API)\n`);
      return 0;
    } else break;
  }
  const args = argv.slice(i);
  if (!ranCommand && args.length === 0) {
    process.stderr.write(HELP);
    return 9;
  }
  const cwd = process.cwd();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const result = await runProgram({
    runtime: new URL('./worker.cjs', import.meta.url),
    args,
    env,
    cwd,
    mounts: memfs ? mounts : [[cwd, cwd], ...mounts],
    copies: memfs ? [[cwd, cwd]] : [],
    execPath: process.execPath,
    argv0: process.argv0,
  });
  if (result.signal !== 0) {
    // Die of the same signal, so a parent sees what it would see of real node.
    process.removeAllListeners();
    process.kill(process.pid, result.signal);
    return 128 + result.signal;
  }
  return result.status;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  if (error instanceof HostSetupError) {
    process.stderr.write(`nodeling: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`nodeling: ${error?.stack ?? error}\n`);
  process.exit(70);
});
