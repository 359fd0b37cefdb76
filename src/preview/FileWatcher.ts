/**
 * Watch a set of files for saves. Each file's folder is watched (fs.watch),
 * not the file itself: an editor that saves by writing a new file and
 * renaming it over the old one replaces the file's inode, which a watch on
 * the file would lose, while the folder sees the new name arrive. Events for
 * other files in those folders are ignored; a burst of events (one save is
 * often several) becomes one call, `delayMs` after the last.
 */
import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export class FileWatcher {
  private files = new Set<string>();
  private readonly folders = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly onChange: () => void,
    private readonly delayMs = 100,
  ) {}

  /** Watch exactly these files from now on. */
  watch(files: readonly string[]): void {
    if (this.closed) return;
    this.files = new Set(files.map((f) => resolve(f)));
    const wanted = new Set([...this.files].map((f) => dirname(f)));
    for (const [folder, watcher] of this.folders) {
      if (!wanted.has(folder)) {
        watcher.close();
        this.folders.delete(folder);
      }
    }
    for (const folder of wanted) if (!this.folders.has(folder)) this.watchFolder(folder);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const watcher of this.folders.values()) watcher.close();
    this.folders.clear();
  }

  private watchFolder(folder: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        // Without a name the platform could not say which file changed: assume ours.
        if (name === null || this.files.has(join(folder, name.toString()))) this.schedule();
      });
    } catch {
      // A folder that does not exist (a logo folder named wrongly): the
      // problem is reported; the source that names it is still watched.
      return;
    }
    watcher.on('error', () => {
      // The folder went away; watch it again when the next file list names it.
      watcher.close();
      this.folders.delete(folder);
      this.schedule();
    });
    this.folders.set(folder, watcher);
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onChange, this.delayMs);
  }
}
