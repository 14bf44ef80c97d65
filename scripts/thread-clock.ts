// How long one of Chromium's threads ran and how long it waited for a core, from Linux's
// /proc/<pid>/task/<tid>/schedstat (nanoseconds on a core, then nanoseconds ready but waiting). On
// a shared machine the second number is the time other work took from the thread. Linux only;
// elsewhere every reading is empty.
import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadTimes {
  cpuMs: number;
  waitMs: number;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** The process of the extension's pages (its dashboard and workers): the first found, so run one browser at a time. */
export function extensionRendererPid(): number | null {
  let dirs: string[];
  try {
    dirs = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of dirs) {
    const command = read(`/proc/${pid}/cmdline`)?.replaceAll('\0', ' ') ?? '';
    if (command.includes('--extension-process')) return Number(pid);
  }
  return null;
}

/** Each thread of `pid` whose name starts with `name`, by thread id. */
function threadsNamed(pid: number, name: string): Map<number, ThreadTimes> {
  const threads = new Map<number, ThreadTimes>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    if (!read(`/proc/${pid}/task/${tid}/comm`)?.startsWith(name)) continue;
    const [cpu, wait] = (read(`/proc/${pid}/task/${tid}/schedstat`) ?? '').split(' ').map(Number);
    if (Number.isFinite(cpu) && Number.isFinite(wait))
      threads.set(Number(tid), { cpuMs: cpu / 1e6, waitMs: wait / 1e6 });
  }
  return threads;
}

/**
 * Watches the threads of `pid` named `name` while `run` runs, every few milliseconds (a thread may
 * end with the work, as a worker does when it is let go), and returns what they spent in that time
 * together, or null without a process to watch. The last sample of a thread that ended misses at
 * most its last few milliseconds.
 */
export async function watchThreads(
  pid: number | null,
  name: string,
  run: () => Promise<unknown>,
): Promise<ThreadTimes | null> {
  if (pid === null) {
    await run();
    return null;
  }
  const before = threadsNamed(pid, name);
  const last = new Map(before);
  const sample = () => {
    for (const [tid, times] of threadsNamed(pid, name)) last.set(tid, times);
  };
  const timer = setInterval(sample, 5);
  try {
    await run();
    sample();
    const times = { cpuMs: 0, waitMs: 0 };
    for (const [tid, now] of last) {
      const start = before.get(tid) ?? { cpuMs: 0, waitMs: 0 };
      times.cpuMs += now.cpuMs - start.cpuMs;
      times.waitMs += now.waitMs - start.waitMs;
    }
    return times;
  } finally {
    clearInterval(timer);
  }
}
