/**
 * A small seeded pseudo-random generator (mulberry32) for generated test
 * data: the same seed always gives the same sequence, on every machine and
 * Node version, so a generated cluster is reproducible byte for byte.
 * Not for anything that needs real randomness.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices.at(-1)![0];
  }

  /**
   * A heavy-tailed count: most values near `typical`, a few up to `max`
   * (real CRDs: most specs have a few dozen fields, some have hundreds).
   */
  skewed(min: number, typical: number, max: number): number {
    const u = this.next();
    const value = u < 0.85 ? min + (typical - min) * (u / 0.85) * 2 : typical * 2 + (max - typical * 2) * ((u - 0.85) / 0.15) ** 2;
    return Math.max(min, Math.min(max, Math.round(value)));
  }

  /** A child generator whose sequence depends only on this one's next value: lets parts be generated independently. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}
