/**
 * Bounds concurrent renders (loaded by scripts/http-guard.cjs). A render is
 * mostly CPU on the one JavaScript thread: 64 renders interleaved take as
 * long in total as 64 in a row, but every one of them finishes near the end,
 * so the latency of all of them is that of the slowest (the p99 of a load
 * test). At most `limit` requests render at once; the others wait in a FIFO
 * queue, first come first served; beyond `queueBound` waiting, a request is
 * answered 503 with Retry-After at once rather than waiting without bound.
 *
 * ATLAS_MAX_RENDERS (default 4: a live source's documents are fetched while
 * other pages render) and ATLAS_RENDER_QUEUE (default 512).
 */
'use strict';

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`environment variable ${name}: must be a whole number ≥ 1, got ${JSON.stringify(raw)}`);
  return value;
}

/** A counting semaphore with a bounded FIFO queue. */
class RenderGate {
  constructor(limit, queueBound) {
    this.limit = limit;
    this.queueBound = queueBound;
    this.running = 0;
    /** Waiting starts, oldest first. */
    this.queue = [];
  }

  /**
   * Runs `start` now or when a slot frees; `release` must be called once
   * when that request is over. Returns false (and never runs it) when the
   * queue is full. `abandoned` registers a callback for a client that goes
   * away while waiting: its place is given up.
   */
  enter(start, abandoned) {
    if (this.running < this.limit) {
      this.running += 1;
      start();
      return true;
    }
    if (this.queue.length >= this.queueBound) return false;
    const entry = { start };
    this.queue.push(entry);
    abandoned(() => {
      const index = this.queue.indexOf(entry);
      if (index >= 0) this.queue.splice(index, 1);
    });
    return true;
  }

  release() {
    const next = this.queue.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}

function renderGateFromEnvironment() {
  return new RenderGate(positiveInteger('ATLAS_MAX_RENDERS', 4), positiveInteger('ATLAS_RENDER_QUEUE', 512));
}

module.exports = { RenderGate, renderGateFromEnvironment, positiveInteger };
