/**
 * Runs an engine on a hostile input in a child process and says how long it took, in CPU
 * time, so a busy machine does not make a linear engine look slow. A run that goes on past
 * its bound is killed, so a quadratic regex fails the test in seconds, not hours.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Engine } from './adversarial-inputs';

/** The bound: a fixed allowance for the engine's own start-up work, plus one microsecond a character. */
export const FIXED_MS = 2000;
export const MICROSECONDS_PER_CHARACTER = 1;
export const boundMs = (length: number) => FIXED_MS + (MICROSECONDS_PER_CHARACTER * length) / 1000;

const CHILD = `
import { runCase } from './adversarial-inputs.mjs';
process.on('message', ({ engine, context, unit, length }) => {
  const start = process.cpuUsage();
  runCase(engine, context, unit, length);
  const used = process.cpuUsage(start);
  process.send({ cpuMs: (used.user + used.system) / 1000 });
});
process.send({ ready: true });
`;

export type Outcome = { cpuMs: number } | { stoppedAfterCpuMs: number };

/** Linux's clock ticks a second, the unit of /proc/<pid>/stat's CPU times. */
const TICKS_PER_SECOND = 100;

/** CPU time a process has used so far, from /proc; null where there is no /proc. */
function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in brackets: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export class BoundedRunner {
  private folder = mkdtempSync(join(tmpdir(), 'trajectory-adversarial-'));
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;

  /** Bundles the engines and the input builders once, so each child starts in a moment. */
  async setUp(): Promise<void> {
    await build({
      entryPoints: [join(import.meta.dirname, 'adversarial-inputs.ts')],
      outfile: join(this.folder, 'adversarial-inputs.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    writeFileSync(join(this.folder, 'child.mjs'), CHILD);
  }

  private start(): Promise<void> {
    const child = fork(join(this.folder, 'child.mjs'), [], { stdio: 'ignore', serialization: 'advanced' });
    this.child = child;
    this.ready = new Promise((resolve) => child.once('message', () => resolve()));
    return this.ready;
  }

  /**
   * Times one case. The child is stopped once it has used `cpuLimitMs` of CPU on it, read
   * from /proc, so a machine busy with other work never stops a run that is merely waiting
   * for a core; where there is no /proc, the wall clock stands in.
   */
  async time(engine: Engine, context: string, unit: string, length: number, cpuLimitMs: number) {
    if (this.child === null) await this.start();
    else await this.ready;
    const child = this.child!;
    const pid = child.pid!;
    const began = Date.now();
    const cpuAtStart = cpuMsOf(pid);
    const used = () => {
      const now = cpuAtStart === null ? null : cpuMsOf(pid);
      return now === null || cpuAtStart === null ? Date.now() - began : now - cpuAtStart;
    };
    return new Promise<Outcome>((resolve, reject) => {
      const finish = () => {
        clearInterval(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onMessage = (message: { cpuMs: number }) => {
        finish();
        resolve(message);
      };
      const onExit = (code: number | null) => {
        finish();
        this.child = null;
        reject(new Error(`the engine's process stopped (exit ${code}) on this input`));
      };
      const timer = setInterval(() => {
        const spent = used();
        if (spent <= cpuLimitMs) return;
        finish();
        child.kill('SIGKILL');
        this.child = null;
        resolve({ stoppedAfterCpuMs: spent });
      }, 100);
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ engine, context, unit, length });
    });
  }

  tearDown(): void {
    this.child?.kill('SIGKILL');
    rmSync(this.folder, { recursive: true, force: true });
  }
}
