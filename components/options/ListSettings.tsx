import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
/** A stored list: a wxt storage item, or a view of part of one (a Roundcube site's ids). */
export interface ListItem {
  getValue(): Promise<string[]>;
  setValue(value: string[]): Promise<void>;
  watch(onChange: (value: string[] | null) => void): () => void;
}

/** A stored list of strings: add (validated) and remove. Values are shown as text only. */
export function ListSettings(props: {
  item: ListItem;
  testid: string;
  addLabel?: string;
  placeholder?: string;
  empty: string;
  /** Returns the value to store, or an error message. */
  validate?: (input: string) => { value: string } | { error: string };
  /** Runs before storing/removing (e.g. asking for a permission); false cancels. */
  beforeAdd?: (value: string) => Promise<boolean>;
  afterRemove?: (value: string) => Promise<void>;
  /** The input's accessible name, when the add button's text alone would not say enough. */
  inputLabel?: string;
  /** How a stored value is shown (e.g. with hidden characters made visible). */
  show?: (value: string) => string;
  /** What the status line says after an add, a remove and an undo. */
  notes?: { added(value: string): string; removed(value: string): string; restored(value: string): string };
  /** Offer "Undo" after a remove (trust lists: a misclick must not cost a setting). */
  undo?: boolean;
}) {
  const [list, setList] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [note, setNote] = useState('');
  const [removed, setRemoved] = useState<string | null>(null);
  const show = props.show ?? ((v: string) => v);

  useEffect(() => {
    void props.item.getValue().then(setList);
    return props.item.watch((v) => setList(v ?? []));
  }, [props.item]);

  async function add(e: Event) {
    e.preventDefault();
    const checked = props.validate ? props.validate(input.trim()) : { value: input.trim() };
    if ('error' in checked) {
      setNote(checked.error);
      return;
    }
    if (!checked.value) return;
    if (props.beforeAdd && !(await props.beforeAdd(checked.value))) {
      setNote(t('options_list_permission_refused'));
      return;
    }
    await store([...new Set([...list, checked.value])]);
    setInput('');
    setRemoved(null);
    setNote(props.notes?.added(checked.value) ?? t('options_saved'));
  }

  async function store(next: string[]) {
    await props.item.setValue(next);
    setList(next);
  }

  async function remove(value: string) {
    await store(list.filter((v) => v !== value));
    await props.afterRemove?.(value);
    if (props.undo) setRemoved(value);
    setNote(props.notes?.removed(value) ?? t('options_list_removed'));
  }

  async function undo() {
    if (removed === null) return;
    await store([...new Set([...list, removed])]);
    setNote(props.notes?.restored(removed) ?? t('options_list_restored'));
    setRemoved(null);
  }

  return (
    <div data-testid={props.testid}>
      {list.length === 0 ? (
        <p class="muted small">{props.empty}</p>
      ) : (
        <ul>
          {list.map((v) => (
            <li key={v}>
              <span class="mono" data-testid={`${props.testid}-value`}>
                {show(v)}
              </span>{' '}
              <button
                type="button"
                onClick={() => void remove(v)}
                aria-label={t('options_list_remove_label', { value: v })}
              >
                {t('options_list_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.addLabel && (
        <form class="row" onSubmit={add}>
          <input
            type="text"
            data-testid={`${props.testid}-input`}
            placeholder={props.placeholder}
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
            aria-label={props.inputLabel ?? props.addLabel}
          />
          <button type="submit" data-testid={`${props.testid}-add`}>
            {props.addLabel}
          </button>
        </form>
      )}
      <p class="small" role="status" data-testid={`${props.testid}-note`}>
        {note}
        {removed !== null && (
          <>
            {' '}
            <button type="button" data-testid={`${props.testid}-undo`} onClick={() => void undo()}>
              {t('options_list_undo')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
