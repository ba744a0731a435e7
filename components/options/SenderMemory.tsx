// Options → Sender memory (issue 21): the switch, "forget everything", the remembered domains with
// delete, export and import (JSON; the worker validates and bounds an import before using it).
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/ext/messaging';
import type { SenderMemoryReply, SenderMemoryRequest } from '../../lib/ext/worker-memory';
import { t, uiLocale } from '../../lib/i18n';
import { MAX_MEMORY_BYTES, serializeMemory } from '../../lib/memory';
import { visibleText } from '../format';

function day(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(d);
}

export function SenderMemory() {
  const [state, setState] = useState<SenderMemoryReply | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask(req: SenderMemoryRequest, done?: (r: SenderMemoryReply) => string | null) {
    setBusy(true);
    try {
      const r = await sendMessage('senderMemory', req);
      setState(r);
      setStatus(r.error ?? done?.(r) ?? null);
    } catch (err) {
      setStatus((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    void ask({ action: 'get' });
  }, []);

  function exportFile() {
    if (!state) return;
    const url = URL.createObjectURL(new Blob([serializeMemory(state.memory)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'headerlens-sender-memory.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function importFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_MEMORY_BYTES) {
      setStatus(t('memory_options_too_large'));
      return;
    }
    const text = await file.text();
    await ask({ action: 'import', text }, (r) =>
      t('memory_options_imported', { count: r.memory.domains.length }),
    );
  }

  const domains = state ? [...state.memory.domains].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : -1)) : [];
  return (
    <section aria-labelledby="memory-h" data-testid="sender-memory-options">
      <h2 id="memory-h">{t('memory_options_title')}</h2>
      <p class="muted small">{t('memory_options_intro')}</p>
      <label>
        <input
          type="checkbox"
          data-testid="memory-enabled"
          checked={state?.enabled ?? true}
          disabled={!state || busy}
          onChange={(e) =>
            void ask({ action: 'set-enabled', enabled: (e.currentTarget as HTMLInputElement).checked })
          }
        />{' '}
        {t('memory_options_enabled')}
      </label>
      <p>
        <button
          type="button"
          data-testid="memory-forget-all"
          disabled={!state || busy}
          onClick={() => void ask({ action: 'forget-all' }, () => t('memory_options_forgotten'))}
        >
          {t('memory_options_forget')}
        </button>{' '}
        <button type="button" data-testid="memory-export" disabled={!state} onClick={exportFile}>
          {t('memory_options_export')}
        </button>{' '}
        <label class="small">
          {t('memory_options_import')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="memory-import"
            onChange={importFile}
          />
        </label>
      </p>
      {status && (
        <p class="small" role="status" data-testid="memory-status">
          {status}
        </p>
      )}
      {state && (
        <p class="muted small" data-testid="memory-summary">
          {t('memory_options_count', { count: domains.length, date: day(state.memory.startedAt) })}
        </p>
      )}
      {domains.length === 0 ? (
        <p class="muted small" data-testid="memory-empty">
          {t('memory_options_empty')}
        </p>
      ) : (
        <ul class="small" data-testid="memory-domains">
          {domains.map((d) => (
            <li key={d.domain} data-testid="memory-domain">
              <strong>{visibleText(d.domain, 120)}</strong>{' '}
              {t('memory_options_domain_line', { count: d.count, date: day(d.lastSeen) })}
              {d.infra.length > 0 && ` · ${d.infra.map((i) => visibleText(i.name, 60)).join(', ')}`}{' '}
              <button
                type="button"
                disabled={busy}
                aria-label={t('memory_options_delete_domain', { domain: d.domain })}
                onClick={() => void ask({ action: 'forget-domain', domain: d.domain })}
              >
                {t('memory_options_delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
