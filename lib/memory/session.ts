// One memory used across several analyses in order (the CLI's `--memory FILE`, a batch over a
// mailbox): before each message, the snapshot its analysis reads; after it, what it teaches.
// A batch calls `optionsFor()` and `learnFrom()` per message in input order, so a mailbox learns
// its usual senders as it goes and flags the outliers among them.

import type { Analysis } from '../types';
import { type LearnOptions, type LearnOutcome, learn } from './learn';
import { emptyMemory, snapshotOf } from './model';
import type { SenderMemory, SenderMemorySnapshot } from './types';

export class MemorySession {
  private snapshot: SenderMemorySnapshot | null = null;
  /** Messages learnt since the session began (the file needs writing when > 0). */
  learnt = 0;

  constructor(
    public memory: SenderMemory,
    private readonly opts: LearnOptions = {},
  ) {}

  static fresh(now: Date = new Date()): MemorySession {
    return new MemorySession(emptyMemory(now));
  }

  /** The AnalyzeOptions part for the next message: the memory as it stands, read-only. */
  optionsFor(): { senderMemory: SenderMemorySnapshot } {
    this.snapshot ??= snapshotOf(this.memory);
    return { senderMemory: this.snapshot };
  }

  /** Learns from an analysis that was made with `optionsFor()`'s snapshot. */
  learnFrom(analysis: Analysis, opts: { knownGood?: boolean } = {}): LearnOutcome {
    const r = learn(this.memory, analysis, { ...this.opts, ...opts });
    if (r.outcome === 'learnt') {
      this.memory = r.memory;
      this.snapshot = null;
      this.learnt += 1;
    }
    return r.outcome;
  }
}
