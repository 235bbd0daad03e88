// Kernel layer: the directory tree a fresh nodeling system starts with (/tmp, /home/user, the
// built-in programs' marker files, /dev/null and /dev/zero, /etc).
import { O_CREAT, O_EXCL, O_WRONLY, makedev, type Cred, type DeviceDriver } from './inode.js';
import type { Vfs } from './vfs.js';

export const DEV_NULL = makedev(1, 3);
export const DEV_ZERO = makedev(1, 5);

const ROOT: Cred = { uid: 0, gid: 0, groups: [] };
const USER_UID = 1000;
const USER_GID = 1000;

const nullDevice: DeviceDriver = {
  read: () => 0,
  write: (_src, _offset, length) => length,
};

const zeroDevice: DeviceDriver = {
  read: (dst, offset, length) => {
    dst.fill(0, offset, offset + length);
    return length;
  },
  write: (_src, _offset, length) => length,
};

function writeFile(vfs: Vfs, path: string, text: string, mode: number): number {
  const file = vfs.open('/', path, O_WRONLY | O_CREAT | O_EXCL, mode, ROOT, 0);
  if (typeof file === 'number') return -file;
  const bytes = new TextEncoder().encode(text);
  const n = file.write(bytes, 0, bytes.length, null);
  file.close();
  return n < 0 ? n : 0;
}

/** Builds the standard tree on an empty root filesystem. Returns 0 or the first -errno met. */
export function createStandardTree(vfs: Vfs): number {
  const steps: Array<() => number> = [
    () => vfs.chmod('/', '/', 0o755, ROOT, true),
    () => vfs.mkdir('/', '/tmp', 0o1777, ROOT, 0),
    () => vfs.mkdir('/', '/root', 0o700, ROOT, 0),
    () => vfs.mkdir('/', '/home', 0o755, ROOT, 0),
    () => vfs.mkdir('/', '/home/user', 0o755, ROOT, 0),
    () => vfs.chown('/', '/home/user', USER_UID, USER_GID, ROOT, true),
    () => vfs.mkdir('/', '/usr', 0o755, ROOT, 0),
    () => vfs.mkdir('/', '/usr/local', 0o755, ROOT, 0),
    () => vfs.mkdir('/', '/usr/local/bin', 0o755, ROOT, 0),
    () => vfs.mkdir('/', '/usr/bin', 0o755, ROOT, 0),
    () => writeFile(vfs, '/usr/local/bin/node', '#!nodeling:node\n', 0o755),
    () => vfs.mkdir('/', '/bin', 0o755, ROOT, 0),
    () => writeFile(vfs, '/bin/sh', '#!nodeling:sh\n', 0o755),
    () => vfs.mkdir('/', '/dev', 0o755, ROOT, 0),
    () => vfs.mknod('/', '/dev/null', 0o666, DEV_NULL, ROOT, 0),
    () => vfs.mknod('/', '/dev/zero', 0o666, DEV_ZERO, ROOT, 0),
    () => vfs.mkdir('/', '/etc', 0o755, ROOT, 0),
    () => writeFile(vfs, '/etc/hostname', 'nodeling\n', 0o644),
    () => writeFile(vfs, '/etc/passwd',
      'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/home/user:/bin/sh\n', 0o644),
    () => writeFile(vfs, '/etc/group', 'root:x:0:\nuser:x:1000:\n', 0o644),
  ];
  vfs.registerDevice(DEV_NULL, nullDevice);
  vfs.registerDevice(DEV_ZERO, zeroDevice);
  for (const step of steps) {
    const r = step();
    if (r !== 0) return r;
  }
  return 0;
}
