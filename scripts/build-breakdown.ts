// What /engine.js is made of: builds the Chrome extension with a plugin that reports every module
// of every script (scripts/build-breakdown-plugin.ts), then prints the engine's KB per package (and
// per folder of lib/), its largest modules, and the modules /worker-core.js carries too (read twice
// by a woken worker that analyses). Sizes are each module minified alone: they add up to about the
// shipped file, whose own size is printed beside them.
//   npx tsx scripts/build-breakdown.ts [--top=40] [--keep=DIR] [--against=DIR]
// `--keep` keeps the per-script module lists; `--against` adds a column from an earlier kept run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ModuleSize } from './build-breakdown-plugin';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const top = Number(arg('top') ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'headerlens-breakdown-'));

execFileSync('npx', ['wxt', 'build'], {
  stdio: 'ignore',
  env: { ...process.env, HEADERLENS_MODULE_SIZES: dir },
});
if (arg('keep')) cpSync(dir, arg('keep')!, { recursive: true });
const read = (d: string, script: string): ModuleSize[] =>
  existsSync(join(d, `${script}.json`)) ? JSON.parse(readFileSync(join(d, `${script}.json`), 'utf8')) : [];
const engine = read(dir, 'engine.js');
const before = arg('against') ? read(arg('against')!, 'engine.js') : undefined;

/** `node_modules/<pkg>` (scoped too; a nested copy says whose) or `lib/<folder>/`. */
function groupOf(id: string): string {
  const path = relative(process.cwd(), id.replace(/^\0/, '').replace(/\?.*$/, ''));
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    const name = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    const outer = path.slice(0, nm).match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/$/);
    return outer ? `${name} (inside ${outer[1]})` : name;
  }
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : parts.length === 2 ? `${parts[0]}/` : path;
}
const modules = (list: ModuleSize[]) => list.filter((s) => s.id !== '(file)');
const total = (list: ModuleSize[]) => list.find((s) => s.id === '(file)')?.min ?? 0;
function byGroup(list: ModuleSize[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of modules(list)) m.set(groupOf(s.id), (m.get(groupOf(s.id)) ?? 0) + s.min);
  return m;
}
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const sum = (list: ModuleSize[]) => modules(list).reduce((a, s) => a + s.min, 0);

console.log(`engine.js${before ? ` ${kb(total(before))} KB →` : ''} ${kb(total(engine))} KB shipped`);
console.log(`modules minified alone${before ? ` ${kb(sum(before))} KB →` : ''} ${kb(sum(engine))} KB`);
const groups = byGroup(engine);
const groupsBefore = before ? byGroup(before) : undefined;
console.log(`\nKB per package / lib folder${before ? ' (before → after)' : ''}`);
const names = [...new Set([...groups.keys(), ...(groupsBefore?.keys() ?? [])])];
const weight = (g: string) => Math.max(groups.get(g) ?? 0, groupsBefore?.get(g) ?? 0);
for (const g of names.sort((a, b) => weight(b) - weight(a)))
  console.log(`${groupsBefore ? `${kb(groupsBefore.get(g) ?? 0)} →` : ''}${kb(groups.get(g) ?? 0)}  ${g}`);

console.log(`\nlargest ${top} modules (KB minified alone)`);
for (const s of modules(engine)
  .sort((a, b) => b.min - a.min)
  .slice(0, top))
  console.log(`${kb(s.min)}  ${relative(process.cwd(), s.id)}`);

const core = new Set(modules(read(dir, 'worker-core.js')).map((s) => s.id));
const twice = modules(engine).filter((s) => core.has(s.id));
console.log(`\nin /worker-core.js too: ${twice.length} modules, ${kb(sum(twice))} KB`);
for (const s of twice.sort((a, b) => b.min - a.min).slice(0, top))
  console.log(`${kb(s.min)}  ${relative(process.cwd(), s.id)}`);
