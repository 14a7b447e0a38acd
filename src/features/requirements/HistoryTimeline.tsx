import '../../i18n/workspaceMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { repositories } from '../../db';
import { historyLines, type HistoryLabels } from '../../domain/requirements/history';
import type { Member, Stage } from '../../domain/types';
import { memberNameOf } from '../../ui/memberName';
import { stageDisplayName } from '../../ui/stageName';
import { useLocale, useT } from '../../ui/useT';
import { formatDay, formatNumber } from '../../i18n/format';
import { formatList } from '../../i18n/formatText';
import { formatDateTime, formatRelative } from '../../i18n/formatTime';
import type { MessageKey, Translate } from '../../i18n/translate';
import '../../i18n/gateMessages';
import { gateTokenNames } from '../../ui/gateItemName';
import './workspace.css';

function labelsFor(t: Translate, locale: string, stages: Stage[], members: Member[]): HistoryLabels {
  return {
    line: (kind, params) => t(`workspace.history.${kind}`, params),
    field: (field) => {
      // A field this timeline has no name for (added later) reads as its code name rather than a raw key.
      const key = `workspace.field.${field}` as MessageKey;
      const name = t(key);
      return name === key ? field : name;
    },
    value: (field, value) => {
      if (value === null || value === undefined || value === '') return t('workspace.history.none');
      const text = String(value);
      switch (field) {
        case 'type':
          return t(`type.${text}` as MessageKey);
        case 'source':
          return t(`workspace.source.${text}` as MessageKey);
        case 'ownerId':
          return memberNameOf(members, text, t) ?? t('workspace.history.someone');
        case 'iterationId':
          return t('workspace.history.anIteration');
        case 'estimate':
          return typeof value === 'number' ? formatNumber(value, locale) : text;
        case 'dueDate':
        case 'startDate':
          return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDay(text, locale) : text;
        case 'title':
          return `“${text}”`;
        case 'gateItem':
          return gateTokenNames([text], t);
        default:
          return text;
      }
    },
    stage: (stageId) => {
      const stage = stages.find((s) => s.id === stageId);
      return stage ? stageDisplayName(stage, t) : t('workspace.history.unknownStage');
    },
    list: (parts) => formatList(parts, locale),
  };
}

/** The requirement's own event log, newest first: what happened, how long ago, and exactly when. */
export function HistoryTimeline({
  requirementId,
  stages,
  members,
}: {
  requirementId: string;
  stages: Stage[];
  members: Member[];
}) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const events = useLiveQuery(() => repositories.requirements.listRequirementEvents(requirementId), [requirementId]);
  const lines = useMemo(
    () =>
      events
        ? historyLines(events, {
            now: new Date(),
            labels: labelsFor(t, locale, stages, members),
            formats: {
              relative: (value, unit) => formatRelative(value, unit, locale),
              absolute: (at) => formatDateTime(at, locale),
            },
          })
        : [],
    [events, locale, t, stages, members],
  );
  return (
    <section className="detail__group detail__history" aria-labelledby={headingId}>
      <h3 id={headingId} className="field__label">
        {t('workspace.history.heading')}
      </h3>
      {events && lines.length === 0 ? (
        <p className="field__hint">{t('workspace.history.empty')}</p>
      ) : (
        <ol className="detail__history-list">
          {lines.map((line) => (
            <li key={line.id} className="detail__history-item">
              <span>{line.text}</span>
              <small className="field__hint">
                <time dateTime={line.at} title={line.absolute}>
                  {line.relative}
                </time>
                {' · '}
                {line.absolute}
              </small>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
