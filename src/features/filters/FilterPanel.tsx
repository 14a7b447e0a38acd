import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { repositories } from '../../db';
import { DUE_FILTERS, NO_OWNER, NO_SOURCE, SCORED_FILTERS, type RequirementFilters } from '../../domain/filters/types';
import { tagsIn } from '../../domain/filters/tags';
import { PRIORITIES, REQUIREMENT_SOURCES, REQUIREMENT_TYPES, type Requirement } from '../../domain/types';
import { setFilters, useBoardUi } from '../../state/boardUi';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import './filters.css';

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}

function patch(change: Partial<RequirementFilters>): void {
  setFilters({ ...useBoardUi.getState().filters, ...change });
}

interface Choice<T> {
  value: T;
  label: string;
}

/** A named group of "any of" checkboxes. */
function ChoiceGroup<T extends string>({
  legend,
  choices,
  selected,
  onChange,
  empty,
}: {
  legend: string;
  choices: Choice<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  empty?: ReactNode;
}) {
  return (
    <fieldset className="filters__group">
      <legend>{legend}</legend>
      {choices.length === 0 && <p className="filters__empty">{empty}</p>}
      {choices.map((choice) => (
        <label key={choice.value} className="filters__choice">
          <input
            type="checkbox"
            checked={selected.includes(choice.value)}
            onChange={(event) => onChange(toggled(selected, choice.value, event.target.checked))}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The filter choices under the search box: what the board and the table show. */
export function FilterPanel({
  productId,
  requirements,
  onClose,
}: {
  productId: string;
  requirements: () => Iterable<Requirement>;
  onClose: () => void;
}) {
  const t = useT();
  const filters = useBoardUi((s) => s.filters);
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]) ?? [];
  const members = useLiveQuery(() => repositories.products.listMembers(productId), [productId]) ?? [];
  // Read once when the panel opens: scanning 10,000 rows on every render would show.
  const [tags] = useState(() => tagsIn(requirements()));
  const scoreId = useId();
  const dueId = useId();
  return (
    <div
      className="filters"
      role="group"
      aria-label={t('filters.panel.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <ChoiceGroup
        legend={t('filters.stage')}
        choices={stages.map((s) => ({ value: s.id, label: stageDisplayName(s, t) }))}
        selected={filters.stages}
        onChange={(stagesChosen) => patch({ stages: stagesChosen })}
      />
      <ChoiceGroup
        legend={t('filters.type')}
        choices={REQUIREMENT_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
        selected={filters.types}
        onChange={(types) => patch({ types })}
      />
      <ChoiceGroup
        legend={t('filters.priority')}
        choices={PRIORITIES.map((p) => ({ value: p, label: p }))}
        selected={filters.priorities}
        onChange={(priorities) => patch({ priorities })}
      />
      <ChoiceGroup
        legend={t('filters.owner')}
        choices={[
          ...members.map((m) => ({ value: m.id, label: m.name })),
          { value: NO_OWNER, label: t('filters.owner.none') },
        ]}
        selected={filters.owners}
        onChange={(owners) => patch({ owners })}
      />
      <ChoiceGroup
        legend={t('filters.tag')}
        choices={tags.map((tag) => ({ value: tag, label: tag }))}
        selected={filters.tags}
        onChange={(tagsChosen) => patch({ tags: tagsChosen })}
        empty={t('filters.tag.empty')}
      />
      <ChoiceGroup
        legend={t('filters.source')}
        choices={[
          ...REQUIREMENT_SOURCES.map((source) => ({ value: source, label: t(`filters.source.${source}`) })),
          { value: NO_SOURCE, label: t('filters.source.none') },
        ]}
        selected={filters.sources}
        onChange={(sources) => patch({ sources })}
      />
      <div className="filters__group filters__group--narrow">
        <label htmlFor={scoreId}>{t('filters.score')}</label>
        <select
          id={scoreId}
          value={filters.scored ?? ''}
          onChange={(event) => patch({ scored: SCORED_FILTERS.find((v) => v === event.target.value) ?? null })}
        >
          <option value="">{t('filters.score.any')}</option>
          {SCORED_FILTERS.map((v) => (
            <option key={v} value={v}>
              {t(`filters.score.${v}`)}
            </option>
          ))}
        </select>
        <label htmlFor={dueId}>{t('filters.due')}</label>
        <select
          id={dueId}
          value={filters.due ?? ''}
          onChange={(event) => patch({ due: DUE_FILTERS.find((v) => v === event.target.value) ?? null })}
        >
          <option value="">{t('filters.due.any')}</option>
          {DUE_FILTERS.map((v) => (
            <option key={v} value={v}>
              {t(`filters.due.${v}`)}
            </option>
          ))}
        </select>
        <label className="filters__choice">
          <input
            type="checkbox"
            checked={filters.archived}
            onChange={(event) => patch({ archived: event.target.checked })}
          />
          {t('filters.archived')}
        </label>
        <button type="button" className="button" onClick={onClose}>
          {t('filters.close')}
        </button>
      </div>
    </div>
  );
}
