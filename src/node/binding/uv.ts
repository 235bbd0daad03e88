// node layer: errno → Node's system errors. One table (from the ABI) maps errno to code and
// message; this builds the error objects Node's bindings throw (`errno`, `code`, `syscall`, `path`, `dest`).
import { errnoInfo } from '../../abi/errno.js';

export interface SystemError extends Error {
  errno: number;
  code: string;
  syscall: string;
  path?: string;
  dest?: string;
}

/** `ENOENT: no such file or directory, open '/x'`, with Node's own properties in Node's order. */
export function uvException(errno: number, syscall: string, path?: string, dest?: string): SystemError {
  const [code, desc] = errnoInfo[errno] ?? [`Unknown system error ${-errno}`, `Unknown system error ${-errno}`];
  let message = `${code}: ${desc}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message) as SystemError;
  err.errno = -errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

/** The older error shape some bindings use: `kill EINVAL`, with errno, code and syscall. */
export function errnoException(errno: number, syscall: string): SystemError {
  const code = errnoInfo[errno]?.[0] ?? `Unknown system error ${-errno}`;
  const err = new Error(`${syscall} ${code}`) as SystemError;
  err.errno = -errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}
