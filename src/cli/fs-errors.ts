/** Short, human messages for file-system errors, without Node's error codes and syscall names. */
const MESSAGES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENOSPC: 'no space left on the device',
  EFBIG: 'file too large',
  EDQUOT: 'disk quota exceeded',
});

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && MESSAGES[code] !== undefined) return MESSAGES[code];
  return error instanceof Error ? error.message : String(error);
}
