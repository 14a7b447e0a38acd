/** A small labelled group of radio buttons, for the dialog's one-of-a-few options. */
export function RadioRow<T extends string>({
  legend,
  name,
  value,
  onChange,
  choices,
}: {
  legend: string;
  name: string;
  value: T;
  onChange: (value: T) => void;
  choices: [T, string][];
}) {
  return (
    <fieldset className="export-radios">
      <legend>{legend}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice} className="export-choice">
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
