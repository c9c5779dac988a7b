/**
 * @module
 * Large, whole-row tappable radio buttons and checkboxes inside a fieldset.
 * The legend may hold the screen's heading so the question is both the page
 * heading and the group's accessible name.
 */
import type { ComponentChildren } from 'preact';

export interface ChoiceOption<V extends string | number> {
  value: V;
  label: ComponentChildren;
}

interface ChoiceGroupProps<V extends string | number> {
  name: string;
  legend: ComponentChildren;
  options: readonly ChoiceOption<V>[];
  /** Radio: the chosen value. Checkbox: every chosen value. */
  selected: V | undefined | readonly V[];
  multiple?: boolean;
  onChange: (value: V) => void;
  describedBy?: string;
  /** Two columns for short labels (age bands), so the list fits a phone screen. */
  columns?: boolean;
  /** Shown between the question and its choices (a teen explanation of a hard word). */
  note?: ComponentChildren;
}

export function ChoiceGroup<V extends string | number>(props: ChoiceGroupProps<V>) {
  const { name, legend, options, selected, multiple = false, onChange, describedBy, columns = false, note } = props;
  const isOn = (v: V) => (Array.isArray(selected) ? selected.includes(v) : selected === v);
  return (
    <fieldset class={columns ? 'choices grid' : 'choices'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {note}
      {options.map((o) => (
        <label class="choice" key={String(o.value)}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={String(o.value)}
            checked={isOn(o.value)}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
