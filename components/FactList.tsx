import { visibleText } from './format';

/** A label and its value; a null or empty value is not shown. */
export type Fact = [label: string, value: string | null];

/** A definition list of facts, each value made visible and cut to `maxLength` characters. */
export function FactList({
  facts,
  maxLength,
  testid,
}: {
  facts: Fact[];
  maxLength: number;
  testid?: string;
}) {
  return (
    <dl data-testid={testid}>
      {facts
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => (
          <div class="fact" key={k}>
            <dt>{k}</dt>
            <dd>{visibleText(v ?? '', maxLength)}</dd>
          </div>
        ))}
    </dl>
  );
}
