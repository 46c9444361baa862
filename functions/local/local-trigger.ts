// The quiet period in local mode: a debounce timer in this process instead of EventBridge
// Scheduler. Each request pushes the run back; runs never overlap.
import type { DigestTrigger, Logger } from '../pipeline/ports';

export class LocalDigestTrigger implements DigestTrigger {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private idleWaiters: Array<() => void> = [];
  private run: () => Promise<unknown> = async () => undefined;

  constructor(
    private readonly quietMs: number,
    private readonly log: Logger,
  ) {}

  /** What a fired schedule invokes (the digest handler). Set once the handler exists. */
  onFire(run: () => Promise<unknown>): void {
    this.run = run;
  }

  async requestDigest(now: Date): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.quietMs);
    this.log.info('digest.requested', { at: new Date(now.getTime() + this.quietMs).toISOString() });
  }

  private fire(): void {
    this.timer = null;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run()
      .then(() => undefined)
      .catch((error) => this.log.error('digest.run-failed', { error: String(error) }))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.fire();
        } else if (!this.timer) {
          for (const w of this.idleWaiters.splice(0)) w();
        }
      });
  }

  /** Resolves when no digest is scheduled or running. */
  idle(): Promise<void> {
    if (!this.timer && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
