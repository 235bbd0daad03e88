// kernel layer: process syscalls — identity, working directory, umask, exit, signals.
import { EINVAL, ENOTDIR, ESRCH } from '../../abi/errno.js';
import type { Value } from '../../abi/channel.js';
import { Sys, SIGNALS, type ProcInfo } from '../../abi/syscalls.js';
import type { Handler } from '../kernel.js';

const isInt = (v: Value): v is number => typeof v === 'number' && Number.isInteger(v);
const S_IFDIR = 0o040000;
const S_IFMT = 0o170000;
const validSignals = new Set(Object.values(SIGNALS));

export const procHandlers: Record<number, Handler> = {
  [Sys.procInfo](k, p) {
    const info: ProcInfo = {
      pid: p.pid,
      ppid: p.ppid,
      argv: p.argv,
      env: p.env,
      cwd: p.cwd,
      umask: p.umask,
      uid: p.uid,
      gid: p.gid,
      euid: p.euid,
      egid: p.egid,
      execPath: k.execPath,
      ttys: [0, 1, 2].map((fd) => p.fds.get(fd)?.isatty ?? false),
      hostname: k.hostname,
      startTime: p.startTime,
    };
    return info;
  },

  [Sys.exit](k, p, [code]) {
    k.exitProcess(p, isInt(code) ? code & 0xff : 0, 0);
    return new Promise<Value>(() => {});
  },

  [Sys.chdir](k, p, [path]) {
    if (typeof path !== 'string') return -EINVAL;
    const real = k.vfs.realpath(p.cwd, path, p.cred);
    if (typeof real === 'number') return -Math.abs(real);
    const st = k.vfs.stat('/', real, p.cred, true);
    if (typeof st === 'number') return -Math.abs(st);
    if ((st.mode & S_IFMT) !== S_IFDIR) return -ENOTDIR;
    const access = k.vfs.access('/', real, p.cred, 1);
    if (access !== 0) return -Math.abs(access);
    p.cwd = real;
    return 0;
  },

  [Sys.umask](k, p, [mask]) {
    if (!isInt(mask)) return -EINVAL;
    const old = p.umask;
    if (mask >= 0) p.umask = mask & 0o777;
    return old;
  },

  [Sys.kill](k, p, [pid, signal]) {
    if (!isInt(pid) || !isInt(signal) || (signal !== 0 && !validSignals.has(signal))) return -EINVAL;
    const target = k.procs.get(pid);
    if (!target || target.exited) return -ESRCH;
    if (signal !== 0) k.signal(target, signal);
    return 0;
  },

  [Sys.sigwatch](k, p, [signal, caught]) {
    if (!isInt(signal) || !validSignals.has(signal)) return -EINVAL;
    if (caught) p.caughtSignals.add(signal);
    else p.caughtSignals.delete(signal);
    return 0;
  },

  [Sys.setTitle](k, p, [title]) {
    if (typeof title !== 'string') return -EINVAL;
    p.title = title;
    return 0;
  },
};
