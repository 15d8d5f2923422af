import fs from 'node:fs';
import path from 'node:path';

/**
 * Calls `onChange` whenever a file is added, changed, renamed or removed in `root` or in
 * one of its sub-folders (one level: the term folders). Directories are watched rather
 * than files, because editors save by writing a new file and renaming it over the old
 * one, which silently ends a watch on the old file (and Node's recursive watch on Linux).
 */
export function watchFolders(root: string, onChange: (changed: string) => void): () => void {
  const watchers = new Map<string, fs.FSWatcher>();
  const watch = (folder: string) => {
    if (watchers.has(folder)) return;
    try {
      watchers.set(
        folder,
        fs.watch(folder, (_event, name) => {
          onChange(path.relative(root, path.join(folder, String(name ?? ''))));
          if (folder === root) sync();
        }),
      );
    } catch {
      // The folder went away between listing and watching; the next sync forgets it.
    }
  };
  const sync = () => {
    const present = new Set([root]);
    for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) present.add(path.join(root, entry.name));
    }
    for (const [folder, watcher] of watchers) {
      if (!present.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of present) watch(folder);
  };
  sync();
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}
