/** Named timers for the build's stages, so the build can say where its time went. */
export class StageTimer {
  readonly durations = new Map<string, number>();

  /** `stages`: reported in this order, even where they took no time. */
  constructor(stages: readonly string[] = []) {
    for (const stage of stages) this.durations.set(stage, 0);
  }

  /** Add times measured elsewhere (a story built on another thread, say). */
  addAll(stages: Record<string, number>): void {
    for (const [stage, milliseconds] of Object.entries(stages)) this.add(stage, milliseconds);
  }

  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - started);
    }
  }

  timeSync<T>(stage: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(stage, performance.now() - started);
    }
  }

  private add(stage: string, milliseconds: number): void {
    this.durations.set(stage, (this.durations.get(stage) ?? 0) + milliseconds);
  }

  /** "load 12 ms · parse 80 ms · …" */
  summary(): string {
    return [...this.durations].map(([stage, ms]) => `${stage} ${formatMs(ms)}`).join(' · ');
  }
}

export function formatMs(milliseconds: number): string {
  return milliseconds >= 1000 ? `${(milliseconds / 1000).toFixed(2)} s` : `${Math.round(milliseconds)} ms`;
}
