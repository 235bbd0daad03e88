// node layer: the os binding — what the `os` module asks of the virtual OS: the process's
// identity (hostname, uid, gid, pid), the password database, and whether a process exists.
import { Sys, type ProcInfo } from '../../abi/syscalls.js';
import { lastErrno, sysSync } from './syscall.js';

const O_RDONLY = 0;

export function procInfo(): ProcInfo {
  return sysSync(Sys.procInfo, []) as ProcInfo;
}

/** A line of /etc/passwd, split into its seven fields. */
export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  dir: string;
  shell: string;
}

/** The /etc/passwd entry of `uid`, or null when the file or the entry is missing. */
export function passwdEntry(uid: number): PasswdEntry | null {
  const bytes = sysSync(Sys.readFile, ['/etc/passwd', O_RDONLY]);
  if (lastErrno !== 0) return null;
  const text = new TextDecoder().decode(bytes as Uint8Array);
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length < 7 || Number(fields[2]) !== uid || fields[2] === '') continue;
    return { name: fields[0], uid, gid: Number(fields[3]), gecos: fields[4], dir: fields[5], shell: fields[6] };
  }
  return null;
}

/** 0 when process `pid` exists, else the kernel's errno (ESRCH). */
export function probeProcess(pid: number): number {
  sysSync(Sys.kill, [pid, 0]);
  return lastErrno;
}
