import fs from 'node:fs';

/**
 * Resident memory of a process and all its descendants, in MB, from Linux's /proc. Builds
 * and servers fork workers, so the tree is what the machine has to hold.
 */
export function treeRssMb(root: number): number {
  const parentOf = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of stat is the parent; the command name before it may contain spaces.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid; current; current = parentOf.get(current)) {
      if (current === root) return true;
    }
    return false;
  };
  let kb = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Ended between listing and reading.
    }
  }
  return kb / 1024;
}
