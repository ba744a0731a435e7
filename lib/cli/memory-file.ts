// `--memory FILE`: the sender memory in a JSON file, the same format the extension exports.
// Read once (a missing file starts an empty memory), written back atomically (a temporary file in
// the same folder, then a rename), so an interrupted run never leaves half a file.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { MemorySession, parseMemory, serializeMemory } from '../memory';
import { UsageError } from './usage';

export function openMemoryFile(path: string): MemorySession {
  if (!existsSync(path)) return MemorySession.fresh();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const read = parseMemory(text);
  if (!read.ok) throw new UsageError(`${path}: ${read.error} Move it away to start a new memory.`);
  return new MemorySession(read.memory);
}

/** Writes the memory back when it learnt anything. */
export function saveMemoryFile(path: string, session: MemorySession): void {
  if (session.learnt === 0 && existsSync(path)) return;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeMemory(session.memory), { mode: 0o600 });
  renameSync(tmp, path);
}
