// Sorts the keys of every locale file (locales/*.json) alphabetically, as the locale test wants.
// Sorted files spread each area's new keys (popup_…, options_…) over the file, so branches that add
// keys rarely touch the same lines; after a merge conflict, keep both sides and run this again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

for (const name of readdirSync('locales').filter((n) => n.endsWith('.json'))) {
  const path = `locales/${name}`;
  const messages = JSON.parse(readFileSync(path, 'utf8'));
  const sorted = Object.fromEntries(
    Object.keys(messages)
      .sort()
      .map((k) => [k, messages[k]]),
  );
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
