// Every framework's inputs in the detail panel, with each score shown live.
// A missing input reads "not scored", never zero; an out-of-range value stays
// on screen with a reason and is not saved.
import '../../i18n/priorityMessages';
import { useId, useState, type ReactNode } from 'react';
import { FRAMEWORK_NAMES } from '../../domain/scoring/format';
import {
  inputValue,
  parseScoreInput,
  rangeOf,
  withInput,
  type InputRange,
  type NumberInput,
} from '../../domain/scoring/inputs';
import { scoreOf } from '../../domain/scoring/score';
import { KANO, MOSCOW, RICE_IMPACTS, type Kano, type Moscow, type Scores } from '../../domain/scoring/types';
import type { MessageKey, Translate } from '../../i18n/translate';
import { IMPACT_NAMES, scoreText } from '../../ui/scoreLabels';
import { useT } from '../../ui/useT';
import './scores.css';

interface ScoresSectionProps {
  scores: Scores;
  /** `now` saves at once (selects); otherwise after a pause in typing. */
  onChange: (scores: Scores, now?: boolean) => void;
}

export function ScoresSection({ scores, onChange }: ScoresSectionProps) {
  const t = useT();
  const headingId = useId();
  const id = useId();
  const number = (input: NumberInput, label: MessageKey) => (
    <ScoreNumberField
      key={`${input.framework}.${input.field}`}
      input={input}
      label={t(label)}
      scores={scores}
      onChange={onChange}
    />
  );
  return (
    <section className="scores" aria-labelledby={headingId}>
      <h3 id={headingId} className="scores__heading">
        {t('priority.scores.heading')}
      </h3>
      <FrameworkInputs framework="rice" hint={t('priority.rice.hint')} scores={scores}>
        {number({ framework: 'rice', field: 'reach' }, 'priority.rice.reach')}
        <div className="field">
          <label htmlFor={`${id}-impact`}>{t('priority.rice.impact')}</label>
          <select
            id={`${id}-impact`}
            value={scores.rice.impact === null ? '' : String(scores.rice.impact)}
            onChange={(e) => {
              const impact = RICE_IMPACTS.find((value) => String(value) === e.target.value) ?? null;
              onChange({ ...scores, rice: { ...scores.rice, impact } }, true);
            }}
          >
            <option value="">{t('priority.scores.unset')}</option>
            {[...RICE_IMPACTS].reverse().map((impact) => (
              <option key={impact} value={String(impact)}>
                {t(IMPACT_NAMES[impact])}
              </option>
            ))}
          </select>
        </div>
        {number({ framework: 'rice', field: 'confidence' }, 'priority.rice.confidence')}
        {number({ framework: 'rice', field: 'effort' }, 'priority.rice.effort')}
      </FrameworkInputs>
      <FrameworkInputs framework="ice" hint={t('priority.ice.hint')} scores={scores}>
        {number({ framework: 'ice', field: 'impact' }, 'priority.ice.impact')}
        {number({ framework: 'ice', field: 'confidence' }, 'priority.ice.confidence')}
        {number({ framework: 'ice', field: 'ease' }, 'priority.ice.ease')}
      </FrameworkInputs>
      <FrameworkInputs framework="wsjf" hint={t('priority.wsjf.hint')} scores={scores}>
        {number({ framework: 'wsjf', field: 'businessValue' }, 'priority.wsjf.businessValue')}
        {number({ framework: 'wsjf', field: 'timeCriticality' }, 'priority.wsjf.timeCriticality')}
        {number({ framework: 'wsjf', field: 'riskReduction' }, 'priority.wsjf.riskReduction')}
        {number({ framework: 'wsjf', field: 'jobSize' }, 'priority.wsjf.jobSize')}
      </FrameworkInputs>
      <div className="scores__fields">
        <div className="field">
          <label htmlFor={`${id}-moscow`}>{t('priority.moscow.label')}</label>
          <select
            id={`${id}-moscow`}
            value={scores.moscow ?? ''}
            onChange={(e) => onChange({ ...scores, moscow: MOSCOW.find((m) => m === e.target.value) ?? null }, true)}
          >
            <option value="">{t('priority.scores.unset')}</option>
            {MOSCOW.map((value: Moscow) => (
              <option key={value} value={value}>
                {t(`score.moscow.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kano`}>{t('priority.kano.label')}</label>
          <select
            id={`${id}-kano`}
            value={scores.kano ?? ''}
            onChange={(e) => onChange({ ...scores, kano: KANO.find((k) => k === e.target.value) ?? null }, true)}
          >
            <option value="">{t('priority.scores.unset')}</option>
            {KANO.map((value: Kano) => (
              <option key={value} value={value}>
                {t(`score.kano.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}

function FrameworkInputs({
  framework,
  hint,
  scores,
  children,
}: {
  framework: 'rice' | 'ice' | 'wsjf';
  hint: string;
  scores: Scores;
  children: ReactNode;
}) {
  const t = useT();
  const scored = scoreOf(scores, framework) !== null;
  return (
    <fieldset className="scores__framework">
      <legend>
        {FRAMEWORK_NAMES[framework]} <span className="field__hint">{hint}</span>
      </legend>
      <div className="scores__fields">{children}</div>
      <output className={scored ? 'scores__result' : 'scores__result scores__result--none'} aria-live="polite">
        {scoreText(t, scores, framework)}
      </output>
    </fieldset>
  );
}

function rangeMessage(t: Translate, range: InputRange): string {
  if (range.max !== undefined) return t('priority.error.between', { min: range.min, max: range.max });
  return range.above ? t('priority.error.above', { min: range.min }) : t('priority.error.atLeast', { min: range.min });
}

interface NumberFieldProps {
  input: NumberInput;
  label: string;
  scores: Scores;
  onChange: (scores: Scores) => void;
}

/**
 * A text box rather than type="number": the browser would hide what was typed
 * when it is not a number, and we want to show it with the reason it was refused.
 */
function ScoreNumberField({ input, label, scores, onChange }: NumberFieldProps) {
  const t = useT();
  const id = useId();
  // What is typed while it differs from the saved value (being typed, or refused).
  const [typed, setTyped] = useState<string | null>(null);
  const stored = inputValue(scores, input);
  const text = typed ?? (stored === null ? '' : String(stored));
  const range = rangeOf(input);
  const parsed = parseScoreInput(text, range);
  const problem = parsed.ok
    ? null
    : parsed.problem === 'range'
      ? rangeMessage(t, range)
      : t('priority.error.notANumber');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => {
          setTyped(e.target.value);
          const next = parseScoreInput(e.target.value, range);
          if (next.ok && next.value !== stored) onChange(withInput(scores, input, next.value));
        }}
        // Once left valid, the field shows the saved value again (and another tab's edits to it).
        onBlur={() => {
          if (parsed.ok) setTyped(null);
        }}
      />
      {problem && (
        <small id={`${id}-error`} className="field__error">
          {problem}
        </small>
      )}
    </div>
  );
}
