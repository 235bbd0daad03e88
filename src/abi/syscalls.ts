// ABI layer: every syscall declared once — its number, name, and the shapes of its arguments and
// result. The kernel's dispatch table and the runtime's stubs are both typed from this list.
import type { Value } from './channel.js';

/** Syscall numbers. Arguments travel as a list of codec values; results as one value. */
export const Sys = {
  // process
  procInfo: 1,       // () → ProcInfo
  exit: 2,           // (code) → never replies
  chdir: 3,          // (path) → 0
  umask: 4,          // (mask | -1) → previous mask
  kill: 5,           // (pid, signal) → 0
  sigwatch: 6,       // (signal, caught: boolean) → 0; tells the kernel the process handles `signal`
  spawn: 7,          // (SpawnRequest) → pid
  wait: 8,           // (pid) → [status, signal] once the child ended
  setTitle: 9,       // (title) → 0
  // files
  open: 20,          // (path, flags, mode) → fd
  close: 21,         // (fd) → 0
  read: 22,          // (fd, length, position | null) → bytes
  write: 23,         // (fd, bytes, position | null) → count
  stat: 24,          // (path, follow) → StatArray
  fstat: 25,         // (fd) → StatArray
  readdir: 26,       // (path) → [names[], types[]]
  mkdir: 27,         // (path, mode) → 0
  rmdir: 28,         // (path) → 0
  unlink: 29,        // (path) → 0
  rename: 30,        // (from, to) → 0
  link: 31,          // (existing, newPath) → 0
  symlink: 32,       // (target, path) → 0
  readlink: 33,      // (path) → string
  realpath: 34,      // (path) → string
  access: 35,        // (path, mode) → 0
  chmod: 36,         // (path, mode, follow) → 0
  fchmod: 37,        // (fd, mode) → 0
  chown: 38,         // (path, uid, gid, follow) → 0
  fchown: 39,        // (fd, uid, gid) → 0
  utimes: 40,        // (path, atimeMs, mtimeMs, follow) → 0
  futimes: 41,       // (fd, atimeMs, mtimeMs) → 0
  truncate: 42,      // (path, length) → 0
  ftruncate: 43,     // (fd, length) → 0
  fsync: 44,         // (fd) → 0
  statfs: 45,        // (path) → StatfsArray
  readFile: 46,      // (path | fd, flags) → bytes: a whole file in one call when it fits the channel
  writeFile: 47,     // (path | fd, bytes, flags, mode) → count
  isatty: 48,        // (fd) → boolean
  dup2: 49,          // (oldFd, newFd) → newFd
  pipe: 50,          // () → [readFd, writeFd]
  // files, continued (numbers 60-99 belong to the fs module)
  copyFile: 60,      // (src, dest, mode) → 0; mode: COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE
  mkdirp: 61,        // (path, mode) → the first directory created, or null when all existed
  rmtree: 62,        // (path) → 0; removes a directory and everything below it, never following links
  mkdtemp: 63,       // (prefix) → the directory created: prefix + six random characters
  watch: 64,         // (path, recursive) → watch id; changes arrive as 'fs-event' kernel events
  unwatch: 65,       // (id) → 0
  // module loaders (numbers 100-109)
  moduleFind: 100,   // (dir, base, exts, flags) → [kind, realpath | '', source | null]; see kernel/syscalls/module.ts
  // digests by the engine's native WebCrypto (numbers 110-119): a session gathers a message in
  // channel-sized pieces, then one digest over all of it
  digestOpen: 110,   // (algorithm: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512') → session id
  digestWrite: 111,  // (id, bytes) → 0; E2BIG past DIGEST_MAX_BYTES in one session
  digestCopy: 112,   // (id) → a new session holding the same bytes
  digestEnd: 113,    // (id) → the digest bytes; the session ends (kept if the digest failed)
  digestRead: 114,   // (id, offset) → at most MAX_IO_CHUNK of the session's bytes from offset
  digestFree: 115,   // (id) → 0; the session ends without a digest
} as const;

/** Most bytes one digest session holds; beyond it a process hashes by itself. */
export const DIGEST_MAX_BYTES = 1 << 30;
/** Sessions one process may hold at once. */
export const DIGEST_MAX_SESSIONS = 64;

export type SysName = keyof typeof Sys;
export type SysNumber = (typeof Sys)[SysName];

export const sysNames: Record<number, SysName> = Object.fromEntries(
  Object.entries(Sys).map(([name, no]) => [no, name as SysName]),
);

/** What a process learns about itself at start. */
export interface ProcInfo {
  [key: string]: Value;
  pid: number;
  ppid: number;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  umask: number;
  uid: number;
  gid: number;
  euid: number;
  egid: number;
  execPath: string;
  ttys: boolean[];        // isatty of fds 0, 1, 2
  hostname: string;
  startTime: number;      // ms since epoch when the process was created
}

/** A stat result: indices into the array of numbers that the kernel returns. */
export const StatIndex = {
  dev: 0, mode: 1, nlink: 2, uid: 3, gid: 4, rdev: 5, blksize: 6, ino: 7, size: 8, blocks: 9,
  atimeMs: 10, mtimeMs: 11, ctimeMs: 12, birthtimeMs: 13,
} as const;
export const STAT_FIELDS = 14;

export interface SpawnRequest {
  [key: string]: Value;
  file: string;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  stdio: number[];        // the parent's fds to give the child as 0, 1, 2 (-1: /dev/null)
}

export const SIGNALS: Readonly<Record<string, number>> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

/** Messages the kernel sends to a thread outside of replies. */
export type KernelEvent =
  | { type: 'reply'; id: number; errno: number; value: Value }
  | { type: 'signal'; signal: number }
  | { type: 'child-exit'; pid: number; status: number; signal: number }
  | { type: 'fs-event'; id: number; event: 'rename' | 'change'; filename: string };
