import { useEffect, useState } from 'preact/hooks';
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
}) {
  const [list, setList] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [note, setNote] = useState('');

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
      setNote('Permission refused: nothing was added.');
      return;
    }
    const next = [...new Set([...list, checked.value])];
    await props.item.setValue(next);
    setList(next);
    setInput('');
    setNote('Saved.');
  }

  async function remove(value: string) {
    const next = list.filter((v) => v !== value);
    await props.item.setValue(next);
    setList(next);
    await props.afterRemove?.(value);
    setNote('Removed.');
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
                {v}
              </span>{' '}
              <button type="button" onClick={() => void remove(v)} aria-label={`Remove ${v}`}>
                Remove
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
            aria-label={props.addLabel}
          />
          <button type="submit" data-testid={`${props.testid}-add`}>
            {props.addLabel}
          </button>
        </form>
      )}
      <p class="small" role="status">
        {note}
      </p>
    </div>
  );
}
