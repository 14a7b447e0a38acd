import { useId, type ReactNode } from 'react';

// The two layout pieces of the Settings dialog: a headed section, and a group of controls in it.

/** One topic of Settings (Appearance, Data…) under its heading, which names the region. */
export function SettingsSection({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="settings-section__heading">
        {heading}
      </h3>
      {children}
    </section>
  );
}

interface SettingsGroupProps {
  legend: string;
  /** What the group does, read out with it (aria-describedby). */
  hint: string;
  /** A class of the group's own beside `settings-group`. */
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** One titled group of controls in Settings, with the sentence that explains it. */
export function SettingsGroup({ legend, hint, className, testId, children }: SettingsGroupProps) {
  const hintId = useId();
  return (
    <fieldset
      className={className ? `settings-group ${className}` : 'settings-group'}
      aria-describedby={hintId}
      data-testid={testId}
    >
      <legend className="settings-group__legend">{legend}</legend>
      <p id={hintId} className="settings-group__hint">
        {hint}
      </p>
      {children}
    </fieldset>
  );
}
