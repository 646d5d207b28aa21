// The mounted file system holding a path (Linux /proc/self/mounts): its mount point, device and
// type, for the answers SQL Server gives about volumes (xp_fixeddrives, sys.dm_os_volume_stats).
import { readFileSync } from 'node:fs';

export interface MountFacts {
  readonly mountPoint: string;
  readonly device: string;
  readonly type: string;
}

/** the longest mount point containing `target`; '/' (device and type unknown) off Linux */
export function mountOf(target: string): MountFacts {
  let mounts: MountFacts[] = [];
  try {
    mounts = readFileSync('/proc/self/mounts', 'utf8').split('\n').map((line) => line.split(' '))
      .filter((f) => f.length >= 3).map((f) => ({ device: f[0]!, mountPoint: unescapeMount(f[1]!), type: f[2]! }));
  } catch {
    // not Linux: no mount table
  }
  const inside = mounts.filter((m) => target === m.mountPoint || target.startsWith(m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`));
  return inside.sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0] ?? { mountPoint: '/', device: '', type: '' };
}

/** /proc/self/mounts writes space, tab, newline and backslash as octal escapes */
function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}
