/**
 * CPU time of repeated calls in this process (what one core spends, so other work on a shared
 * machine does not count), with wall-clock time beside it. Shared by the analysis benchmarks.
 */
import { performance } from 'node:perf_hooks';

export interface CpuTiming {
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  wallMedianMs: number;
  /** Throughput at the median, for an input of `bytes` characters. */
  mbPerSecond: number;
}

const pick = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export function timeCpu(
  fn: () => unknown,
  runs: number,
  bytes: number,
  warmup = Math.min(20, runs),
): CpuTiming {
  for (let i = 0; i < warmup; i++) fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    wall.push(performance.now() - w0);
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  const median = pick(cpu, 0.5);
  return {
    runs,
    medianMs: +median.toFixed(3),
    p95Ms: +pick(cpu, 0.95).toFixed(3),
    maxMs: +cpu[cpu.length - 1].toFixed(3),
    wallMedianMs: +pick(wall, 0.5).toFixed(3),
    mbPerSecond: +(bytes / 1e6 / (Math.max(median, 1e-6) / 1000)).toFixed(1),
  };
}

/** A named text to time the analyser on, and how many times. */
export interface TextCase {
  name: string;
  text: string;
  runs: number;
}

export interface SizedTiming extends CpuTiming {
  name: string;
  bytes: number;
}

const col = (s: string, n: number) => s.padStart(n);

/** Prints one row per measured case: size, median, p95, max, throughput and wall-clock median. */
export function printTimingTable(title: string, results: readonly SizedTiming[]) {
  console.log(`${title}\n`);
  console.log(
    `${'case'.padEnd(26)}${col('size', 9)}${col('median', 11)}${col('p95', 11)}${col('max', 11)}${col('MB/s', 7)}${col('wall median', 14)}`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(26)}${col(`${(r.bytes / 1000).toFixed(0)} KB`, 9)}${col(`${r.medianMs} ms`, 11)}${col(`${r.p95Ms} ms`, 11)}${col(`${r.maxMs} ms`, 11)}${col(`${r.mbPerSecond}`, 7)}${col(`${r.wallMedianMs} ms`, 14)}`,
    );
  }
}
