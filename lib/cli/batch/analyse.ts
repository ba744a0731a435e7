// One message of a batch, from its bytes to its printed outcome. The same function runs in the
// main thread (--jobs 1) and in each worker thread, so --jobs never changes a result.
import { analyzeMessage } from '../../analyze';
import { attachedBy } from '../../attached';
import type { MemorySession } from '../../memory';
import type { Classifier } from '../../relay/classify';
import type { Resolver } from '../../types';
import { notAMessage } from '../io';
import { attachedMessage } from './attached';
import { type Outcome, renderAnalysis, renderProblem } from './format';
import { analyzeOptions, type BatchSettings } from './settings';
import type { SourceProblem, SourceRef } from './sources';

export type Job = SourceRef & { seq: number } & ({ bytes: Uint8Array } | { problem: SourceProblem });

/** A problem as the batch line says it (the line already names the file). */
export function problemLine(p: SourceProblem): string {
  switch (p.kind) {
    case 'read':
      return `cannot read: ${p.code}`;
    case 'not-a-message':
      return `not analysed: ${p.why}`;
    case 'no-attachment':
      return 'not analysed: no attached message (message/rfc822) to analyse (--attached)';
    case 'internal':
      return `internal error: ${p.message}`;
  }
}

export async function analyseJob(
  job: Job,
  settings: BatchSettings,
  resolver: Resolver | undefined,
  classifier: Classifier | null,
  memory?: MemorySession,
): Promise<Outcome> {
  const ref = { file: job.file, index: job.index };
  if ('problem' in job) return renderProblem(ref, job.seq, problemLine(job.problem), settings);
  let bytes = job.bytes;
  if (settings.attached) {
    const inner = attachedMessage(bytes);
    if (!inner) return renderProblem(ref, job.seq, problemLine({ kind: 'no-attachment' }), settings);
    const why = notAMessage(inner);
    if (why) return renderProblem(ref, job.seq, `not analysed: the attached message ${why}`, settings);
    bytes = inner;
  }
  try {
    const options = analyzeOptions(settings, resolver, classifier);
    const analysis = await analyzeMessage(bytes, {
      ...options,
      // The report around an attached original says whether its delivery lines are believed.
      ...(settings.attached
        ? { attachedBy: await attachedBy(job.bytes, { ...options, attached: false }) }
        : {}),
      ...memory?.optionsFor(),
    });
    // The memory learns in input order (runPool runs one message at a time when it is given).
    memory?.learnFrom(analysis);
    return renderAnalysis(ref, job.seq, analysis, settings);
  } catch (err) {
    // A bug in the engine for this message: reported in its line, the batch goes on.
    return renderProblem(
      ref,
      job.seq,
      problemLine({ kind: 'internal', message: (err as Error)?.message ?? String(err) }),
      settings,
    );
  }
}
