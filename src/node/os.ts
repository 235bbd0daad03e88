// node layer: the `os` module — the virtual OS's identity (hostname, users, limits) as Node
// reports it, with Node's constants, argument checks and SystemError shapes.
import { SIGNALS } from '../abi/syscalls.js';
import { errnoInfo } from '../abi/errno.js';
import { passwdEntry, probeProcess, procInfo } from './binding/os.js';
import { Buffer } from './buffer.js';
import { getProcess } from './process.js';
import { validateInt32 } from './internal/validators.js';

const ESRCH = 3;
const ENOENT = 2;

/** The virtual machine nodeling describes: fixed figures, since the engine hides the real ones. */
const KERNEL_RELEASE = '6.1.0-nodeling';
const KERNEL_VERSION = '#1 SMP nodeling';
const TOTAL_MEMORY = 8 * 1024 ** 3;
const CPU_MODEL = 'nodeling virtual CPU';
const CPU_SPEED = 2400;

function env(): Record<string, string | undefined> {
  return getProcess().env as Record<string, string | undefined>;
}

/** Node lets `${os.hostname}` and friends read as their value. */
function primitive<T extends (...args: never[]) => unknown>(fn: T, name: string): T {
  // Named explicitly: bundlers may rename functions, and Node's names show in inspect output.
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, Symbol.toPrimitive, { value: () => fn(), writable: false, enumerable: false, configurable: false });
  return fn;
}

/** Node's SystemError for a failed libuv os call: `A system error occurred: uv_x returned CODE (text)`. */
function systemError(errno: number, syscall: string): Error {
  const [code, text] = errnoInfo[errno] ?? ['UNKNOWN', 'unknown error'];
  const info = { errno: -errno, code, message: text, syscall };
  const err = new Error(`A system error occurred: ${syscall} returned ${code} (${text})`);
  Object.defineProperty(err, 'name', { value: 'SystemError [ERR_SYSTEM_ERROR]', configurable: true, writable: true, enumerable: false });
  void err.stack;
  Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true, enumerable: false });
  Object.defineProperty(err, 'code', { value: 'ERR_SYSTEM_ERROR', enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'info', { value: info, enumerable: true, writable: false, configurable: true });
  for (const key of ['errno', 'syscall'] as const) {
    Object.defineProperty(err, key, {
      get: () => info[key],
      set: (value: never) => { info[key] = value; },
      enumerable: true,
      configurable: true,
    });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `SystemError [ERR_SYSTEM_ERROR]: ${this.message}`; },
    writable: true, enumerable: false, configurable: true,
  });
  return err;
}

export const arch = primitive(function arch(): string {
  return getProcess().arch as string;
}, 'arch');

export const availableParallelism = primitive(function getAvailableParallelism(): number {
  return cpuCount();
}, 'getAvailableParallelism');

function cpuCount(): number {
  const reported = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return typeof reported === 'number' && reported > 0 ? reported : 4;
}

export function cpus(): Array<{ model: string; speed: number; times: { user: number; nice: number; sys: number; idle: number; irq: number } }> {
  const seconds = uptime();
  const list = [];
  for (let i = 0, n = cpuCount(); i < n; i++) {
    const busy = Math.floor(seconds * 10);
    list.push({
      model: CPU_MODEL,
      speed: CPU_SPEED,
      times: { user: busy * 7, nice: 0, sys: busy * 3, idle: Math.floor(seconds * 1000) - busy * 10, irq: 0 },
    });
  }
  return list;
}

export const endianness = primitive(function endianness(): 'LE' | 'BE' {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
}, 'endianness');

export const freemem = primitive(function getFreeMem(): number {
  const used = getProcess().memoryUsage().rss as number;
  return Math.max(TOTAL_MEMORY - used, 0);
}, 'getFreeMem');

/** Priorities set through setPriority: the virtual kernel keeps no scheduler state. */
const priorities = new Map<number, number>();

function priorityTarget(pid: number, syscall: string): number {
  const own = getProcess().pid as number;
  const target = pid === 0 ? own : pid;
  if (target !== own) {
    const errno = probeProcess(target);
    if (errno !== 0) throw systemError(errno === ESRCH ? ESRCH : errno, syscall);
  }
  return target;
}

export function getPriority(pid?: unknown): number {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const target = priorityTarget(pid as number, 'uv_os_getpriority');
  return priorities.get(target) ?? 0;
}

export function setPriority(pid: unknown, priority?: unknown): void {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  priorities.set(priorityTarget(pid, 'uv_os_setpriority'), priority);
}

export const homedir = primitive(function homedir(): string {
  // libuv takes HOME whenever it is set, even empty, and only then asks the password database.
  const home = env().HOME;
  if (home !== undefined) return home;
  const entry = passwdEntry(getProcess().getuid() as number);
  if (entry === null) throw systemError(ENOENT, 'uv_os_homedir');
  return entry.dir;
}, 'wrappedFn');

export const hostname = primitive(function hostname(): string {
  return procInfo().hostname;
}, 'wrappedFn');

export function loadavg(): number[] {
  return [0, 0, 0];
}

interface NetworkInterfaceInfo {
  address: string;
  netmask: string;
  family: 'IPv4' | 'IPv6';
  mac: string;
  internal: boolean;
  cidr: string;
  scopeid?: number;
}

/** The virtual OS has one network interface, the loopback. */
export function networkInterfaces(): Record<string, NetworkInterfaceInfo[]> {
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      {
        address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00',
        internal: true, cidr: '::1/128', scopeid: 0,
      },
    ],
  };
}

export const platform = primitive(function platform(): string {
  return getProcess().platform as string;
}, 'platform');

export const release = primitive(function getOSRelease(): string {
  return KERNEL_RELEASE;
}, 'getOSRelease');

export const tmpdir = primitive(function tmpdir(): string {
  const vars = env();
  let path = vars.TMPDIR || vars.TMP || vars.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}, 'tmpdir');

export const totalmem = primitive(function getTotalMem(): number {
  return TOTAL_MEMORY;
}, 'getTotalMem');

export const type = primitive(function getOSType(): string {
  return 'Linux';
}, 'getOSType');

type UserInfo<T> = { uid: number; gid: number; username: T; homedir: T; shell: T | null };

export function userInfo(options?: { encoding?: string }): UserInfo<string> | UserInfo<InstanceType<typeof Buffer>> {
  const uid = getProcess().getuid() as number;
  const entry = passwdEntry(uid);
  if (entry === null) throw systemError(ENOENT, 'uv_os_get_passwd');
  const asBuffer = options != null && typeof options === 'object' && options.encoding === 'buffer';
  const encode = (text: string) => (asBuffer ? Buffer.from(text) : text);
  const info = Object.create(null);
  info.uid = uid;
  info.gid = entry.gid;
  info.username = encode(entry.name);
  info.homedir = encode(entry.dir);
  info.shell = encode(entry.shell);
  return info;
}

export const uptime = primitive(function uptime(): number {
  return getProcess().uptime() as number;
}, 'wrappedFn');

export const version = primitive(function getOSVersion(): string {
  return KERNEL_VERSION;
}, 'getOSVersion');

export const machine = primitive(function getMachine(): string {
  const a = getProcess().arch as string;
  return a === 'x64' ? 'x86_64' : a === 'arm64' ? 'aarch64' : a === 'ia32' ? 'i686' : a;
}, 'getMachine');

function nullProto<T extends object>(entries: T): T {
  return Object.assign(Object.create(null), entries);
}

const signals = nullProto({ ...SIGNALS });

const errno = nullProto({
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100,
  ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
  ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26,
  EWOULDBLOCK: 11, EXDEV: 18,
});

const priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});

export const constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno,
  signals,
  priority,
});

export const EOL = '\n';
export const devNull = '/dev/null';

const os = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime, version, machine,
};
Object.defineProperties(os, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: EOL, writable: false, enumerable: true, configurable: true },
  devNull: { value: devNull, writable: false, enumerable: true, configurable: true },
});

export default os;
