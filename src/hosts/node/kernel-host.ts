// hosts layer (Node): the kernel on the Node host — it lives in the calling thread, starts each
// process as a worker_threads Worker running the runtime bundle, mounts real directories (or copies
// them into memory), and wires the host's stdio to the first process's descriptors 0, 1 and 2.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { isatty } from 'node:tty';
import { EIO } from '../../abi/errno.js';
import { Kernel, type ThreadMessage } from '../../kernel/kernel.js';
import { DeviceDescription, type HostStream } from '../../kernel/proc/open-description.js';
import type { StatResult } from '../../kernel/fs/vfs.js';
import { HostDirBackend } from './host-dir-backend.js';
import { copyTreeIntoMemory } from './memfs-copy.js';
import { startProcessThread, takePrestarted } from './prestart.js';

export interface RunOptions {
  /** The runtime bundle each process thread runs. */
  runtime: URL;
  /** Arguments of the virtual `node`, as on a real command line (without `node` itself). */
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** [host directory, virtual path] pairs mounted read-write. */
  mounts: [string, string][];
  /** [host directory, virtual path] pairs copied into the in-memory filesystem before the program starts. */
  copies?: [string, string][];
  /** Where `node` lives in the virtual OS: process.execPath. */
  execPath: string;
  /** The name the program was started under: process.argv0. */
  argv0: string;
}

export { HostSetupError } from './memfs-copy.js';

export interface ExitStatus {
  status: number;
  signal: number;
}

const ROOT = { uid: 0, gid: 0, groups: [0] };
const S_IFIFO = 0o010000;

function toStat(s: fs.Stats): StatResult {
  return {
    dev: s.dev, ino: s.ino, mode: s.mode, nlink: s.nlink, uid: s.uid, gid: s.gid, rdev: s.rdev,
    size: s.size, blksize: s.blksize, blocks: s.blocks, atimeMs: s.atimeMs, mtimeMs: s.mtimeMs,
    ctimeMs: s.ctimeMs, birthtimeMs: s.birthtimeMs,
  } as StatResult;
}

/** Blocks the calling thread briefly; used when the host's output pipe is full. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function hostOutput(fd: number): HostStream {
  return {
    isatty: isatty(fd),
    write(data: Uint8Array): number {
      let offset = 0;
      while (offset < data.byteLength) {
        try {
          offset += fs.writeSync(fd, data, offset, data.byteLength - offset);
        } catch (error) {
          const { code, errno } = error as NodeJS.ErrnoException;
          // A full pipe is waited out; anything else (EPIPE: the reader is gone) is the program's to see.
          if (code !== 'EAGAIN') return typeof errno === 'number' && errno < 0 ? errno : -EIO;
          pause(1);
        }
      }
      return 0;
    },
    stat: () => toStat(fs.fstatSync(fd)),
  };
}

function hostInput(fd: number): HostStream {
  return {
    isatty: isatty(fd),
    read(): Promise<Uint8Array | null> {
      return new Promise((resolve, reject) => {
        const attempt = (): void => {
          const buffer = Buffer.allocUnsafe(65536);
          fs.read(fd, buffer, 0, buffer.length, null, (error, n) => {
            if (error) {
              if (error.code === 'EAGAIN') setTimeout(attempt, 5);
              else if (error.code === 'EOF') resolve(null);
              else reject(error);
              return;
            }
            resolve(n === 0 ? null : new Uint8Array(buffer.buffer, buffer.byteOffset, n));
          });
        };
        attempt();
      });
    },
    stat: () => toStat(fs.fstatSync(fd)),
  };
}

function deviceStat(mode: number): () => StatResult {
  return () => ({
    dev: 0, ino: 0, mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0,
    atimeMs: 0, mtimeMs: 0, ctimeMs: 0, birthtimeMs: 0,
  } as StatResult);
}

/** Creates every missing directory of `path` in the virtual OS, as root. */
function makeDirs(kernel: Kernel, path: string): void {
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    at += `/${part}`;
    kernel.vfs.mkdir('/', at, 0o755, ROOT, 0);
  }
}

/**
 * Boots a kernel, runs `node args...` in it, and resolves with the process's exit status. Rejects
 * with a HostSetupError when a directory cannot be copied into memory.
 */
export function runProgram(options: RunOptions): Promise<ExitStatus> {
  return new Promise<ExitStatus>((resolve) => {
    let rootPid = -1;
    const prestarted = takePrestarted();
    const kernel = new Kernel({
      doorbell: prestarted?.doorbell,
      hostname: os.hostname(),
      threads: {
        start(pid, channel, doorbell, onMessage: (message: ThreadMessage) => void) {
          const worker = prestarted?.channel === channel ? prestarted.worker : startProcessThread(options.runtime, channel, doorbell);
          worker.on('message', onMessage);
          worker.on('error', (error) => onMessage({ type: 'crash', error: String(error?.stack ?? error) }));
          return {
            post: (message) => worker.postMessage(message),
            terminate: () => void worker.terminate(),
          };
        },
      },
      onExit(pid, status, signal) {
        if (pid === rootPid) resolve({ status, signal });
      },
      onBug(error) {
        fs.writeSync(2, `nodeling: kernel fault: ${(error as Error)?.stack ?? error}\n`);
      },
    });
    for (const [hostDir, path] of options.copies ?? []) {
      makeDirs(kernel, path);
      copyTreeIntoMemory(kernel.vfs, hostDir, path);
    }
    for (const [hostDir, path] of options.mounts) {
      makeDirs(kernel, path);
      const r = kernel.vfs.mount(path, new HostDirBackend(hostDir));
      if (r < 0) throw new Error(`nodeling: cannot mount ${hostDir} at ${path} (errno ${-r})`);
    }
    if (options.execPath !== '/usr/local/bin/node') {
      makeDirs(kernel, options.execPath.slice(0, options.execPath.lastIndexOf('/')) || '/');
      kernel.vfs.symlink('/', '/usr/local/bin/node', options.execPath, ROOT, 0);
    }
    kernel.execPath = options.execPath;
    const stdin = new DeviceDescription(hostInput(0), deviceStat(S_IFIFO | 0o600));
    const stdout = new DeviceDescription(hostOutput(1), deviceStat(S_IFIFO | 0o600));
    const stderr = new DeviceDescription(hostOutput(2), deviceStat(S_IFIFO | 0o600));
    const uid = typeof process.getuid === 'function' ? process.getuid() : 1000;
    const gid = typeof process.getgid === 'function' ? process.getgid() : 1000;
    const proc = kernel.spawn({
      argv: [options.argv0, ...options.args],
      env: options.env,
      cwd: options.cwd,
      stdio: [stdin, stdout, stderr],
      uid,
      gid,
      channel: prestarted?.channel,
    });
    rootPid = proc.pid;
  });
}
