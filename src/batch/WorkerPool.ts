/**
 * A pool of worker threads, one job at a time each, started as jobs come
 * (never more than `size`). Jobs wait in two queues: every urgent job is
 * handed out before any other. A thread that dies (out of memory, a crash)
 * fails its job only; the next job gets a fresh thread.
 */
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

export interface PoolJob<J> {
  message: J;
  transfer?: readonly Transferable[];
  urgent?: boolean;
  /** What the job is about, for `busy()`. */
  label?: string;
}

interface Queued<J, R> extends PoolJob<J> {
  resolve(reply: R): void;
  reject(error: Error): void;
}

export class WorkerPool<J, R> {
  private readonly idle: Worker[] = [];
  private readonly urgent: Queued<J, R>[] = [];
  private readonly later: Queued<J, R>[] = [];
  private readonly threads = new Set<Worker>();
  private readonly running = new Map<Worker, string | undefined>();
  private closed = false;

  constructor(
    private readonly url: URL,
    private readonly options: {
      size: number;
      workerData: unknown;
      resourceLimits?: ResourceLimits;
      /** Told whenever a job starts or ends (to show what is under way). */
      onChange?: () => void;
    },
  ) {}

  /** The labels of the jobs under way. */
  busy(): string[] {
    return [...this.running.values()].filter((label) => label !== undefined);
  }

  run(job: PoolJob<J>): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      (job.urgent ? this.urgent : this.later).push({ ...job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stop every thread (jobs still waiting are failed). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.urgent.splice(0), ...this.later.splice(0)]) job.reject(new Error('the worker pool is closed'));
    await Promise.all([...this.threads].map((t) => t.terminate()));
  }

  private dispatch(): void {
    while (this.urgent.length + this.later.length) {
      const worker = this.idle.pop() ?? (this.threads.size < this.options.size ? this.start() : undefined);
      if (!worker) return;
      this.give(worker, (this.urgent.length ? this.urgent : this.later).shift()!);
    }
  }

  private start(): Worker {
    const { workerData, resourceLimits } = this.options;
    const worker = new Worker(this.url, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
    this.threads.add(worker);
    return worker;
  }

  private give(worker: Worker, job: Queued<J, R>): void {
    const settle = (done: () => void) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.running.delete(worker);
      done();
      this.options.onChange?.();
    };
    const onMessage = (reply: R) =>
      settle(() => {
        this.idle.push(worker);
        job.resolve(reply);
        this.dispatch();
      });
    const lost = (error: Error) =>
      settle(() => {
        this.threads.delete(worker);
        void worker.terminate();
        job.reject(error);
        if (!this.closed) this.dispatch();
      });
    const onError = (error: Error) => lost(error);
    const onExit = (code: number) => lost(new Error(`the thread stopped (exit code ${code})`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    this.running.set(worker, job.label);
    worker.postMessage(job.message, job.transfer ? [...job.transfer] : undefined);
    this.options.onChange?.();
  }
}
