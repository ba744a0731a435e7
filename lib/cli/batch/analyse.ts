// One message of a batch, from its bytes to its printed outcome. The same function runs in the
// main thread (--jobs 1) and in each worker thread, so --jobs never changes a result.
import { analyzeMessage } from '../../analyze';
import { attachedBy } from '../../attached';
import type { MemorySession } from '../../memory';
import type { Classifier } from '../../relay/classify';
import type { AnalyzeOptions, Resolver } from '../../types';
import { notAMessage } from '../io';
import { attachedMessages, cutOff } from './attached';
import { type Outcome, renderAnalysis, renderProblem } from './format';
import { analyzeOptions, type BatchSettings } from './settings';
import { CUT_OFF, type SourceProblem, type SourceRef } from './sources';

export type Job = SourceRef & { seq: number } & ({ bytes: Uint8Array } | { problem: SourceProblem });

/** A problem as the batch line says it (the line already names the file). */
export function problemLine(p: SourceProblem): string {
  switch (p.kind) {
    case 'read':
      return `cannot read: ${p.code}`;
    case 'not-a-message':
      return `not analysed: ${p.why}`;
    case 'no-attachment':
      return `not analysed: no attached message (message/rfc822) to analyse (--attached)${p.cutOff ? CUT_OFF : ''}`;
    case 'internal':
      return `internal error: ${p.message}`;
  }
}

/**
 * The outcomes of one job: one, or with `--attached` one per attached message of the report (a
 * report holding several is each of them, in order).
 */
export async function analyseJob(
  job: Job,
  settings: BatchSettings,
  resolver: Resolver | undefined,
  classifier: Classifier | null,
  memory?: MemorySession,
): Promise<Outcome[]> {
  const ref = { file: job.file, index: job.index };
  if ('problem' in job) return [renderProblem(ref, job.seq, problemLine(job.problem), settings)];
  const options = batchOptions(settings, resolver, classifier);
  if (!settings.attached) return [await analyseOne(job.bytes, ref, job.seq, options, settings, memory)];
  const inner = attachedMessages(job.bytes);
  if (inner.length === 0)
    return [
      renderProblem(
        ref,
        job.seq,
        problemLine({ kind: 'no-attachment', cutOff: cutOff(job.bytes) }),
        settings,
      ),
    ];
  // The report around the originals says whether their delivery lines are believed.
  let by: AnalyzeOptions['attachedBy'];
  try {
    by = await attachedBy(job.bytes, { ...options, attached: false });
  } catch (err) {
    return [renderProblem(ref, job.seq, internal(err), settings)];
  }
  const out: Outcome[] = [];
  for (const [k, bytes] of inner.entries()) {
    const at = inner.length > 1 ? { ...ref, part: k + 1 } : ref;
    const why = notAMessage(bytes);
    out.push(
      why
        ? renderProblem(at, job.seq, `not analysed: the attached message ${why}`, settings)
        : await analyseOne(bytes, at, job.seq, { ...options, attachedBy: by }, settings, memory),
    );
  }
  return out;
}

/** The last options built, with what they were built from: a batch asks with the same three each time. */
let lastOptions: {
  settings: BatchSettings;
  resolver: Resolver | undefined;
  classifier: Classifier | null;
  options: AnalyzeOptions;
} | null = null;

/**
 * analyzeOptions once per batch, not per message: its settings, resolver and classifier are the
 * batch's. analyzeMessage only reads its options (it spreads them into objects of its own).
 */
function batchOptions(
  settings: BatchSettings,
  resolver: Resolver | undefined,
  classifier: Classifier | null,
): AnalyzeOptions {
  const last = lastOptions;
  if (last && last.settings === settings && last.resolver === resolver && last.classifier === classifier)
    return last.options;
  const options = analyzeOptions(settings, resolver, classifier);
  lastOptions = { settings, resolver, classifier, options };
  return options;
}

function internal(err: unknown): string {
  return problemLine({ kind: 'internal', message: (err as Error)?.message ?? String(err) });
}

async function analyseOne(
  bytes: Uint8Array,
  ref: SourceRef,
  seq: number,
  options: AnalyzeOptions,
  settings: BatchSettings,
  memory?: MemorySession,
): Promise<Outcome> {
  try {
    const analysis = await analyzeMessage(bytes, memory ? { ...options, ...memory.optionsFor() } : options);
    // The memory learns in input order (runPool runs one message at a time when it is given).
    memory?.learnFrom(analysis);
    return renderAnalysis(ref, seq, analysis, settings);
  } catch (err) {
    // A bug in the engine for this message: reported in its line, the batch goes on.
    return renderProblem(ref, seq, internal(err), settings);
  }
}
