import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApprovalNote } from '../lib/ext/approvals';
import { sendMessage, type TabState } from '../lib/ext/messaging';
import { t } from '../lib/i18n';
import { forWorkerRaw } from '../lib/webmail/fetch-cap';
import type { WebmailChoice } from '../lib/webmail/profiles';
import { AnalysisView } from './AnalysisView';
import { ProviderTrust } from './ProviderTrust';
import { AnalystPictures } from './pictures/AnalystPictures';
import { StatePanel } from './StatePanel';
import { WebmailProfilePicker } from './WebmailProfilePicker';

type Shown =
  | { kind: 'empty' }
  | { kind: 'busy' }
  | { kind: 'failed'; reason: string }
  | { kind: 'state'; state: TabState };

/** A full-width page for any mail client: paste headers or a whole message, or drop an .eml file. */
export function InspectorApp() {
  const tabParam = new URLSearchParams(location.search).get('tabId');
  const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  const [raw, setRaw] = useState('');
  const [shown, setShown] = useState<Shown>({ kind: 'empty' });
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [trusted, setTrusted] = useState<string[]>([]);
  const [webmail, setWebmail] = useState<WebmailChoice>('auto');
  /** Pasted from a view that re-encodes the message (Gmail's "Show original" page…); a file is exact. */
  const [reencoded, setReencoded] = useState(false);
  const [fromFile, setFromFile] = useState(false);
  /** Set by "Check sender" / a dropped file: the verdict takes the focus once it is shown. */
  const focusVerdict = useRef(false);

  useEffect(() => {
    if (!focusVerdict.current || shown.kind === 'busy') return;
    focusVerdict.current = false;
    // The verdict (or the error) is what the user asked for: move focus there, so keyboard and
    // screen-reader users land on the answer instead of staying on the button above it.
    (
      document.getElementById('verdict') ??
      document.querySelector<HTMLElement>('[data-testid="inspector-error"]')
    )?.focus();
  }, [shown]);

  useEffect(() => {
    // Opened from the popup ("Open full report"): show that tab's analysis.
    if (tabId === null) return;
    sendMessage('getTabState', { tabId })
      .then((state) => setShown({ kind: 'state', state }))
      .catch((err: unknown) => setShown({ kind: 'failed', reason: String(err) }));
  }, [tabId]);

  async function analyze(
    text: string,
    name?: string,
    trust: string[] = trusted,
    profile: WebmailChoice = webmail,
    notByteExact: boolean = reencoded && !fromFile,
  ) {
    if (!text.trim()) {
      setShown({ kind: 'failed', reason: t('inspector_empty') });
      return;
    }
    setShown({ kind: 'busy' });
    try {
      setShown({
        kind: 'state',
        state: await sendMessage('analyzeRaw', {
          ...forWorkerRaw(text),
          name,
          trustedAuthservIds: trust,
          webmail: profile,
          notByteExact,
        }),
      });
    } catch (err) {
      setShown({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
    }
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    focusVerdict.current = true;
    setRaw(text);
    setFromFile(true);
    // A new message: whose results to trust is asked again, and its webmail detected again.
    setTrusted([]);
    setWebmail('auto');
    await analyze(text, file.name, [], 'auto', false);
  }

  async function approve(ip: string, approved: boolean, note?: ApprovalNote) {
    setBusy(true);
    try {
      const next = await sendMessage('setServerApproval', { ip, approved, tabId: tabId ?? undefined, note });
      if (next) setShown({ kind: 'state', state: next });
      else await analyze(raw);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main
      class={dragging ? 'inspector dragging' : 'inspector'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void readFile(e.dataTransfer?.files[0]);
      }}
    >
      <h1>{t('inspector_heading')}</h1>
      {tabId !== null && (
        <p class="small">
          {t('inspector_from_tab')} <a href="/inspector.html">{t('inspector_check_another')}</a>
        </p>
      )}
      {tabId === null && (
        <form
          class="paste"
          onSubmit={(e) => {
            e.preventDefault();
            setTrusted([]);
            setWebmail('auto');
            focusVerdict.current = true;
            void analyze(raw, undefined, [], 'auto', reencoded && !fromFile);
          }}
        >
          <label for="raw">{t('inspector_paste_label')}</label>
          <textarea
            id="raw"
            data-testid="raw-input"
            rows={10}
            spellcheck={false}
            value={raw}
            onInput={(e) => {
              setRaw(e.currentTarget.value);
              setFromFile(false);
            }}
          />
          <label class="small">
            <input
              type="checkbox"
              data-testid="not-byte-exact-input"
              checked={reencoded}
              onChange={(e) => setReencoded(e.currentTarget.checked)}
            />{' '}
            {t('inspector_not_byte_exact_label')}
          </label>
          <div class="paste-actions">
            <button type="submit" data-testid="analyze">
              {t('inspector_check_sender')}
            </button>
            <label class="file">
              {t('inspector_choose_file')}{' '}
              <input
                type="file"
                accept=".eml,message/rfc822,text/plain"
                data-testid="file-input"
                onChange={(e) => void readFile(e.currentTarget.files?.[0])}
              />
            </label>
          </div>
          <p class="muted small">{t('inspector_privacy')}</p>
        </form>
      )}
      {shown.kind === 'busy' && (
        <p class="spinner" role="status" data-testid="state" data-state="loading">
          {t('inspector_checking')}
        </p>
      )}
      {shown.kind === 'failed' && (
        <p class="notice" role="alert" tabIndex={-1} data-testid="inspector-error">
          {shown.reason}
        </p>
      )}
      {shown.kind === 'state' && shown.state.kind === 'analysis' && (
        <>
          {tabId === null && (
            <WebmailProfilePicker
              analysis={shown.state.analysis}
              choice={webmail}
              onChoose={(w) => {
                setWebmail(w);
                void analyze(raw, undefined, trusted, w);
              }}
            />
          )}
          {tabId === null && (
            <ProviderTrust
              analysis={shown.state.analysis}
              trusted={trusted}
              onTrust={(ids) => {
                setTrusted(ids);
                void analyze(raw, undefined, ids);
              }}
            />
          )}
          <AnalysisView
            analysis={shown.state.analysis}
            dnsUnreachable={shown.state.dnsUnreachable}
            onApproval={approve}
            busy={busy}
          />
          <AnalystPictures analysis={shown.state.analysis} />
        </>
      )}
      {shown.kind === 'state' && shown.state.kind !== 'analysis' && (
        <StatePanel state={shown.state} inspectorHref="/inspector.html" />
      )}
    </main>
  );
}
