import '../../i18n/analyticsMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { analyticsRepository } from '../../db/analyticsAccess';
import { savedViews } from '../../db/tableAccess';
import { MAX_RANGE_DAYS } from '../../domain/analytics/cumulativeFlow';
import { productFlowStages, stagePositions, stagesInBoardOrder } from '../../domain/analytics/stageOrder';
import { addDays, dayOf, daysBetween } from '../../domain/dates';
import { safeFileStem } from '../../domain/export/fileName';
import type { Product } from '../../domain/types';
import { showToast } from '../../state/toasts';
import { useEditLock } from '../../state/viewOnly';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { AgingChart } from './AgingChart';
import { CumulativeFlowChart } from './CumulativeFlowChart';
import { CycleTimeChart } from './CycleTimeChart';
import { saveFlowSetting } from './flowSettings';
import { ForecastPanel } from './ForecastPanel';
import { LeadTimeChart } from './LeadTimeChart';
import { stageLook, type StageLook } from './stageLook';
import { ThroughputChart } from './ThroughputChart';
import { useFlowAnalytics } from './useFlowAnalytics';
import './analytics.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Flow analytics of one product over a range of days (issue 17): definitions in each chart's help text. */
export function Analytics({ product }: { product: Product }) {
  const t = useT();
  const id = useId();
  const today = useMemo(() => dayOf(new Date()), []);
  const [from, setFrom] = useState(() => addDays(today, -89));
  const [to, setTo] = useState(today);
  const lock = useEditLock(product.id);
  const stages = useLiveQuery(() => analyticsRepository.listAllStages(product.id), [product.id]);
  const views = useLiveQuery(() => savedViews.listViews(product.id), [product.id]);
  // Which saved filter is for this visit only, like the range: the filter itself is the product's.
  const [viewId, setViewId] = useState('');
  const view = views?.find((v) => v.id === viewId);
  const look = useMemo(() => stageLook(stages ?? [], t), [stages, t]);
  const flow = stages ? productFlowStages(stages, product.settings) : null;
  const saveFlow = (key: 'flowStartStageId' | 'flowDoneStageId', stageId: string) =>
    void saveFlowSetting(product, key, stageId).catch((error: unknown) =>
      showToast({ tone: 'error', message: describeError(error, t) }),
    );
  const rangeError =
    !DAY.test(from) || !DAY.test(to)
      ? 'analytics.range.invalid'
      : from > to
        ? 'analytics.range.reversed'
        : daysBetween(from, to) >= MAX_RANGE_DAYS
          ? 'analytics.range.tooLong'
          : null;
  const filter = view ? { query: view.query, cardScore: product.settings.cardScore } : null;
  const request = flow && !rangeError ? { productId: product.id, flow, range: { from, to }, today, filter } : null;
  const state = useFlowAnalytics(request);

  const live = stagesInBoardOrder(stages ?? []).filter((s) => !s.deleted);
  const position = stagePositions(stages ?? []);
  const at = (stageId: string) => position.get(stageId) ?? 0;
  const inProgressStages = flow
    ? live.filter((s) => at(s.id) >= at(flow.startStageId) && at(s.id) < at(flow.doneStageId)).map((s) => s.id)
    : [];
  const fileStem = `${safeFileStem(product.name)}-${today}`;

  return (
    <section className="analytics" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="analytics__title">
        {t('analytics.title', { product: product.name })}
      </h2>
      <div className="analytics__toolbar">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('analytics.range.from')}</label>
          <input id={`${id}-from`} type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('analytics.range.to')}</label>
          <input id={`${id}-to`} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </div>
        {flow && (
          <>
            {/* Only a start at or before the done stage, and a done stage at or after the start, can be chosen. */}
            <StageField
              label={t('analytics.stages.start')}
              value={flow.startStageId}
              stageIds={live.filter((s) => at(s.id) <= at(flow.doneStageId)).map((s) => s.id)}
              look={look}
              onChange={(v) => saveFlow('flowStartStageId', v)}
              lock={lock}
            />
            <StageField
              label={t('analytics.stages.done')}
              value={flow.doneStageId}
              stageIds={live.filter((s) => at(s.id) >= at(flow.startStageId)).map((s) => s.id)}
              look={look}
              onChange={(v) => saveFlow('flowDoneStageId', v)}
              lock={lock}
            />
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-filter`}>{t('analytics.filter.label')}</label>
          <select
            id={`${id}-filter`}
            value={view ? view.id : ''}
            aria-describedby={`${id}-filter-help`}
            onChange={(e) => setViewId(e.target.value)}
          >
            <option value="">{t('analytics.filter.all')}</option>
            {views?.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="analytics__definition">{t('analytics.stages.help')}</p>
      <p className="analytics__definition" id={`${id}-filter-help`}>
        {t('analytics.filter.help')}
      </p>
      {rangeError && <p role="alert">{t(rangeError)}</p>}
      {state.status === 'failed' && <p role="alert">{describeError(state.error, t)}</p>}
      {state.status === 'loading' && !rangeError && <p className="board__loading">{t('app.loading')}</p>}
      {state.status === 'ready' && !rangeError && (
        <div className="analytics__charts">
          <CumulativeFlowChart data={state.result} stage={look} fileStem={fileStem} />
          <CycleTimeChart data={state.result} fileStem={fileStem} />
          <LeadTimeChart data={state.result} fileStem={fileStem} />
          <ThroughputChart data={state.result} fileStem={fileStem} />
          <AgingChart data={state.result} stageIds={inProgressStages} stage={look} fileStem={fileStem} />
          <ForecastPanel data={state.result} today={today} />
        </div>
      )}
    </section>
  );
}

interface StageFieldProps {
  label: string;
  value: string;
  stageIds: readonly string[];
  look: StageLook;
  onChange: (stageId: string) => void;
  /** A viewer cannot change the product's stages (state/viewOnly.ts). */
  lock: ReturnType<typeof useEditLock>;
}

function StageField({ label, value, stageIds, look, onChange, lock }: StageFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...lock}>
        {stageIds.map((stageId) => (
          <option key={stageId} value={stageId}>
            {look.name(stageId)}
          </option>
        ))}
      </select>
    </div>
  );
}
