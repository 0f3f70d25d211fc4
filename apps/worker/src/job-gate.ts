/**
 * The one bound on how many jobs a worker judges at once, whatever their languages: every
 * language's queue consumer runs its jobs through the same gate. Slots go first come, first served.
 */
export class JobGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a job gate needs a capacity of at least 1, not ${capacity}`);
  }

  /** Jobs holding a slot now. */
  get running(): number {
    return this.active;
  }

  /** Jobs waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` once a slot is free; the slot is given back however the task ends. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.capacity) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `active` never dips and refills.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
