// ABI layer: errno values (Linux numbers) shared by the kernel, which answers with them, and the
// runtime, which turns them into Node's errors.
export const EPERM = 1;
export const ENOENT = 2;
export const ESRCH = 3;
export const EINTR = 4;
export const EIO = 5;
export const ENXIO = 6;
export const E2BIG = 7;
export const ENOEXEC = 8;
export const EBADF = 9;
export const ECHILD = 10;
export const EAGAIN = 11;
export const ENOMEM = 12;
export const EACCES = 13;
export const EFAULT = 14;
export const EBUSY = 16;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENODEV = 19;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENFILE = 23;
export const EMFILE = 24;
export const ENOTTY = 25;
export const ETXTBSY = 26;
export const EFBIG = 27;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EROFS = 30;
export const EMLINK = 31;
export const EPIPE = 32;
export const ERANGE = 34;
export const EDEADLK = 35;
export const ENAMETOOLONG = 36;
export const ENOSYS = 38;
export const ENOTEMPTY = 39;
export const ELOOP = 40;
export const ENOTSOCK = 88;
/** Linux's EOPNOTSUPP, which libuv (and so Node) names ENOTSUP. */
export const ENOTSUP = 95;
export const EADDRINUSE = 98;
export const EADDRNOTAVAIL = 99;
export const ENETUNREACH = 101;
export const ECONNABORTED = 103;
export const ECONNRESET = 104;
export const EISCONN = 106;
export const ENOTCONN = 107;
export const ETIMEDOUT = 110;
export const ECONNREFUSED = 111;
export const EHOSTUNREACH = 113;
export const EALREADY = 114;
export const ECANCELED = 125;

/** Name and libuv's message for each errno, as Node prints them (`ENOENT: no such file or directory`). */
export const errnoInfo: Readonly<Record<number, readonly [code: string, message: string]>> = {
  [EPERM]: ['EPERM', 'operation not permitted'],
  [ENOENT]: ['ENOENT', 'no such file or directory'],
  [ESRCH]: ['ESRCH', 'no such process'],
  [EINTR]: ['EINTR', 'interrupted system call'],
  [EIO]: ['EIO', 'i/o error'],
  [ENXIO]: ['ENXIO', 'no such device or address'],
  [E2BIG]: ['E2BIG', 'argument list too long'],
  [ENOEXEC]: ['ENOEXEC', 'exec format error'],
  [EBADF]: ['EBADF', 'bad file descriptor'],
  [ECHILD]: ['ECHILD', 'no child processes'],
  [EAGAIN]: ['EAGAIN', 'resource temporarily unavailable'],
  [ENOMEM]: ['ENOMEM', 'not enough memory'],
  [EACCES]: ['EACCES', 'permission denied'],
  [EFAULT]: ['EFAULT', 'bad address in system call argument'],
  [EBUSY]: ['EBUSY', 'resource busy or locked'],
  [EEXIST]: ['EEXIST', 'file already exists'],
  [EXDEV]: ['EXDEV', 'cross-device link not permitted'],
  [ENODEV]: ['ENODEV', 'no such device'],
  [ENOTDIR]: ['ENOTDIR', 'not a directory'],
  [EISDIR]: ['EISDIR', 'illegal operation on a directory'],
  [EINVAL]: ['EINVAL', 'invalid argument'],
  [ENFILE]: ['ENFILE', 'file table overflow'],
  [EMFILE]: ['EMFILE', 'too many open files'],
  [ENOTTY]: ['ENOTTY', 'inappropriate ioctl for device'],
  [ETXTBSY]: ['ETXTBSY', 'text file is busy'],
  [EFBIG]: ['EFBIG', 'file too large'],
  [ENOSPC]: ['ENOSPC', 'no space left on device'],
  [ESPIPE]: ['ESPIPE', 'invalid seek'],
  [EROFS]: ['EROFS', 'read-only file system'],
  [EMLINK]: ['EMLINK', 'too many links'],
  [EPIPE]: ['EPIPE', 'broken pipe'],
  [ERANGE]: ['ERANGE', 'result too large'],
  [EDEADLK]: ['EDEADLK', 'resource deadlock avoided'],
  [ENAMETOOLONG]: ['ENAMETOOLONG', 'name too long'],
  [ENOSYS]: ['ENOSYS', 'function not implemented'],
  [ENOTEMPTY]: ['ENOTEMPTY', 'directory not empty'],
  [ELOOP]: ['ELOOP', 'too many symbolic links encountered'],
  [ENOTSOCK]: ['ENOTSOCK', 'socket operation on non-socket'],
  [ENOTSUP]: ['ENOTSUP', 'operation not supported on socket'],
  [EADDRINUSE]: ['EADDRINUSE', 'address already in use'],
  [EADDRNOTAVAIL]: ['EADDRNOTAVAIL', 'address not available'],
  [ENETUNREACH]: ['ENETUNREACH', 'network is unreachable'],
  [ECONNABORTED]: ['ECONNABORTED', 'software caused connection abort'],
  [ECONNRESET]: ['ECONNRESET', 'connection reset by peer'],
  [EISCONN]: ['EISCONN', 'socket is already connected'],
  [ENOTCONN]: ['ENOTCONN', 'socket is not connected'],
  [ETIMEDOUT]: ['ETIMEDOUT', 'connection timed out'],
  [ECONNREFUSED]: ['ECONNREFUSED', 'connection refused'],
  [EHOSTUNREACH]: ['EHOSTUNREACH', 'host is unreachable'],
  [EALREADY]: ['EALREADY', 'connection already in progress'],
  [ECANCELED]: ['ECANCELED', 'operation canceled'],
};
