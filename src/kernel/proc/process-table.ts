// kernel layer: the process table — each process's identity, credentials, working directory,
// environment, descriptors and exit status, and the parent/child links used to report exits.
import { FdTable } from './fd-table.js';

export interface Thread {
  /** Delivers a kernel event (an async reply, a signal) to the thread. */
  post(message: unknown): void;
  /** Ends the thread at once, wherever it is. */
  terminate(): void;
}

export class Process {
  readonly pid: number;
  ppid: number;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  umask = 0o022;
  uid: number;
  gid: number;
  euid: number;
  egid: number;
  title = 'node';
  readonly fds: FdTable;
  readonly startTime: number;
  thread: Thread | null = null;
  /** Signals the program has handlers for; any other signal takes its default action. */
  readonly caughtSignals = new Set<number>();
  exited = false;
  status = 0;
  signal = 0;
  readonly exitWaiters: (() => void)[] = [];

  constructor(pid: number, ppid: number, init: { argv: string[]; env: Record<string, string>; cwd: string; uid: number; gid: number; fds: FdTable; now: number }) {
    this.pid = pid;
    this.ppid = ppid;
    this.argv = init.argv;
    this.env = init.env;
    this.cwd = init.cwd;
    this.uid = this.euid = init.uid;
    this.gid = this.egid = init.gid;
    this.fds = init.fds;
    this.startTime = init.now;
  }

  get cred(): { uid: number; gid: number; groups: readonly number[] } {
    return { uid: this.euid, gid: this.egid, groups: [this.egid] };
  }
}

export class ProcessTable {
  private readonly _byPid = new Map<number, Process>();
  private _nextPid = 100;

  create(ppid: number, init: ConstructorParameters<typeof Process>[2]): Process {
    const proc = new Process(this._nextPid++, ppid, init);
    this._byPid.set(proc.pid, proc);
    return proc;
  }

  get(pid: number): Process | undefined {
    return this._byPid.get(pid);
  }

  /** Forgets an exited process once its status has been collected. */
  reap(pid: number): void {
    this._byPid.delete(pid);
  }

  all(): IterableIterator<Process> {
    return this._byPid.values();
  }
}
