// The sender memory in the extension (issue 21): kept in storage.local (never synced, never sent
// anywhere), on by default. The worker reads it as a snapshot before each analysis and learns from
// each analysis after it — the ones it already makes for inbox badges and opened messages, so
// learning costs no network traffic. Every change goes through one queue here, so the options page
// deleting a domain and a badge learning at the same moment cannot undo each other.
import { storage } from 'wxt/utils/storage';
import { t } from '../i18n';
import {
  emptyMemory,
  forgetDomain,
  learn,
  releaseMemoryCaches,
  type SenderMemory,
  type SenderMemorySnapshot,
  snapshotOf,
  validateMemory,
} from '../memory';
import { parseMemory } from '../memory/validate';
import type { Analysis, AnalyzeOptions } from '../types';
import { onMessage } from './messaging';
import type { AnalyzeDeps } from './worker-analyze';
import { readTab } from './worker-tabs';

export const senderMemoryItem = storage.defineItem<SenderMemory | null>('local:senderMemory', {
  fallback: null,
  version: 1,
});
/** A stored memory the check refused whole, kept as it was (never read back by HeaderLens). */
export const senderMemoryRefusedItem = storage.defineItem<unknown>('local:senderMemoryRefused', {
  fallback: null,
});
export const senderMemoryEnabledItem = storage.defineItem<boolean>('local:senderMemoryEnabled', {
  fallback: true,
  version: 1,
});
/**
 * Bumped when the memory is changed by hand (forgotten, a domain deleted, imported, switched):
 * part of the settings stamp, so analyses cached with the old memory are made again.
 */
export const senderMemoryGenerationItem = storage.defineItem<number>('local:senderMemoryGeneration', {
  fallback: 0,
  version: 1,
});

/** What the options page may ask. */
export type SenderMemoryRequest =
  | { action: 'get' }
  | { action: 'set-enabled'; enabled: boolean }
  | { action: 'forget-all' }
  | { action: 'forget-domain'; domain: string }
  | { action: 'import'; text: string }
  | { action: 'mark-known-good'; tabId: number };

export interface SenderMemoryReply {
  enabled: boolean;
  memory: SenderMemory;
  /** Import / mark: what went wrong, in words for the user. */
  error?: string;
}

let loaded: { memory: SenderMemory; snapshot: SenderMemorySnapshot | null } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let flushTimer: ReturnType<typeof setTimeout> | null = null;
let dirty = false;

/** Runs one change after the others. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

async function current(): Promise<{ memory: SenderMemory; snapshot: SenderMemorySnapshot | null }> {
  if (loaded) return loaded;
  // Storage is not typed (and in Firefox a content script could write it): checked like an import.
  // A record that fails the check is dropped, not the whole memory (validateMemory's salvage);
  // a memory refused whole (another format or version) is kept aside before a new one starts.
  const stored = await senderMemoryItem.getValue();
  const read = stored ? validateMemory(stored, undefined, true) : null;
  if (read && !read.ok) await senderMemoryRefusedItem.setValue(stored);
  loaded = { memory: read?.ok ? read.memory : emptyMemory(new Date()), snapshot: null };
  return loaded;
}

/** Writes the memory now (learning is written at most a few times a second). */
export async function flushSenderMemory(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  if (!dirty || !loaded) return;
  dirty = false;
  try {
    await senderMemoryItem.setValue(loaded.memory);
  } catch (err) {
    // Quota or storage failure: the memory keeps working in this session and is written next time.
    dirty = true;
    console.warn('HeaderLens: the sender memory could not be stored', err);
  }
}

async function replace(memory: SenderMemory): Promise<void> {
  loaded = { memory, snapshot: null };
  dirty = false;
  await senderMemoryItem.setValue(memory);
  await senderMemoryGenerationItem.setValue((await senderMemoryGenerationItem.getValue()) + 1);
}

/** The engine with the memory around it: a snapshot in, the analysis learnt after. */
export function withSenderMemory(deps: AnalyzeDeps): AnalyzeDeps {
  return {
    // Starting the engine's load early (lib/ext/worker-engine.ts) is the engine's business.
    ...(deps.prepare ? { prepare: () => deps.prepare?.() } : {}),
    engineOptions: async () => {
      const base = (await deps.engineOptions?.()) ?? {};
      if (!(await senderMemoryEnabledItem.getValue())) return base;
      const c = await serial(current);
      c.snapshot ??= snapshotOf(c.memory);
      return { ...base, senderMemory: c.snapshot };
    },
    analyze: async (raw, opts: AnalyzeOptions) => {
      const analysis = await deps.analyze(raw, opts);
      if (opts.senderMemory) void learnLater(analysis);
      return analysis;
    },
  };
}

function learnLater(analysis: Analysis, knownGood = false): Promise<string> {
  return serial(async () => {
    if (!(await senderMemoryEnabledItem.getValue())) return 'off';
    const c = await current();
    const r = learn(c.memory, analysis, { knownGood });
    if (r.outcome !== 'learnt') return r.outcome;
    loaded = { memory: r.memory, snapshot: null };
    dirty = true;
    flushTimer ??= setTimeout(() => void serial(flushSenderMemory), 250);
    return r.outcome;
  });
}

export function handleSenderMemory(req: SenderMemoryRequest): Promise<SenderMemoryReply> {
  return serial(async () => {
    let error: string | undefined;
    // What the memory kept for the next message (the last memory learnt, its lineage) is let go
    // before any change a user asks for: a forgotten sender does not stay in RAM.
    if (req.action !== 'set-enabled') releaseMemoryCaches();
    switch (req.action) {
      case 'set-enabled':
        await senderMemoryEnabledItem.setValue(req.enabled === true);
        await senderMemoryGenerationItem.setValue((await senderMemoryGenerationItem.getValue()) + 1);
        break;
      case 'forget-all':
        await replace(emptyMemory(new Date()));
        break;
      case 'forget-domain':
        await replace(forgetDomain((await current()).memory, String(req.domain)));
        break;
      case 'import': {
        const read = typeof req.text === 'string' ? parseMemory(req.text) : null;
        if (read?.ok) await replace(read.memory);
        else if (!read) error = t('memory_import_refused_not_text');
        else if (read.reason === 'too-big') error = t('memory_import_refused_too_big', { mb: read.detail });
        else if (read.reason === 'not-json') error = t('memory_import_refused_not_json');
        else error = t('memory_import_refused_invalid', { detail: read.detail });
        break;
      }
      case 'mark-known-good': {
        const state = (await readTab(req.tabId))?.state;
        if (state?.kind !== 'analysis') error = t('memory_mark_no_message');
        else {
          const c = await current();
          const r = learn(c.memory, state.analysis, { knownGood: true });
          if (r.outcome === 'learnt' || r.outcome === 'counted-before') {
            // Counted already (without the mark): the mark still pins the domain.
            const memory = r.outcome === 'learnt' ? r.memory : markDomain(c.memory, state.analysis);
            await replace(memory);
          } else error = t('memory_mark_refused');
        }
        break;
      }
    }
    await flushSenderMemory();
    const enabled = await senderMemoryEnabledItem.getValue();
    return { enabled, memory: (await current()).memory, ...(error ? { error } : {}) };
  });
}

function markDomain(memory: SenderMemory, a: Analysis): SenderMemory {
  const domain = a.memory?.domain;
  return {
    ...memory,
    domains: memory.domains.map((d) => (d.domain === domain ? { ...d, knownGood: true } : d)),
  };
}

/** Part of the settings stamp: changes when the memory is switched, forgotten or imported. */
export async function senderMemoryStamp(): Promise<string> {
  const [enabled, generation] = await Promise.all([
    senderMemoryEnabledItem.getValue(),
    senderMemoryGenerationItem.getValue(),
  ]);
  return `${enabled ? 'on' : 'off'}:${generation}`;
}

/** Registers the options page's handler; returns its remover (startWorker's list). */
export function startSenderMemory(): () => void {
  return onMessage('senderMemory', (m) => handleSenderMemory(m.data));
}

/** Tests: drop what the worker holds in memory (as a restarted service worker would). */
export function resetSenderMemoryForTests(): void {
  loaded = null;
  dirty = false;
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
}
