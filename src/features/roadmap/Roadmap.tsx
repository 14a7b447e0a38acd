import '../../i18n/roadmapMessages';
import { EditLock } from '../../ui/EditLock';
import { lazy, Suspense } from 'react';
import { setRoadmapSubView, setRoadmapZoom, usePreferences, type RoadmapZoom } from '../../state/preferences';
import { openInitiativeEditor, setExportOpen, setLaneManagerOpen, useRoadmapUi } from '../../state/roadmapUi';
import { useT } from '../../ui/useT';
import { InitiativeEditor } from './InitiativeEditor';
import { LaneManager } from './LaneManager';
import { NowNextLater } from './NowNextLater';
import { Timeline } from './Timeline';
import { useRoadmapData } from './useRoadmapData';
import './roadmap.css';

// The exporters (and their PDF/XLSX libraries) load only when the PM asks for an export.
const ExportDialog = lazy(() => import('./export').then((m) => ({ default: m.ExportDialog })));

const ZOOM_OPTIONS: RoadmapZoom[] = ['month', 'quarter', 'half'];

interface RoadmapProps {
  productId: string;
  productName: string;
}

export function Roadmap({ productId, productName }: RoadmapProps) {
  const t = useT();
  const data = useRoadmapData(productId);
  const subView = usePreferences((s) => s.roadmapView);
  const zoom = usePreferences((s) => s.roadmapZoom);
  const editor = useRoadmapUi((s) => s.editor);
  const lanesOpen = useRoadmapUi((s) => s.laneManagerOpen);
  const exportOpen = useRoadmapUi((s) => s.exportOpen);

  return (
    <section className="roadmap" aria-label={t('roadmap.label', { product: productName })}>
      <div className="roadmap__toolbar">
        <div className="segmented" role="group" aria-label={t('roadmap.view.label')}>
          <button
            type="button"
            className="button"
            aria-pressed={subView === 'timeline'}
            onClick={() => setRoadmapSubView('timeline')}
          >
            {t('roadmap.view.timeline')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={subView === 'horizons'}
            onClick={() => setRoadmapSubView('horizons')}
          >
            {t('roadmap.view.horizons')}
          </button>
        </div>
        {subView === 'timeline' && (
          <div className="segmented" role="group" aria-label={t('roadmap.zoom.label')}>
            {ZOOM_OPTIONS.map((option) => (
              <button
                key={option}
                type="button"
                className="button"
                aria-pressed={zoom === option}
                onClick={() => setRoadmapZoom(option)}
              >
                {t(`roadmap.zoom.${option}`)}
              </button>
            ))}
          </div>
        )}
        <span className="app__spacer" />
        <EditLock productId={productId}>
          <button type="button" className="button" onClick={() => setLaneManagerOpen(true)}>
            {t('roadmap.lanes.open')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!data || data.lanes.length === 0}
            onClick={() => openInitiativeEditor({ mode: 'new' })}
          >
            {t('roadmap.initiative.new')}
          </button>
        </EditLock>
        <button type="button" className="button" onClick={() => setExportOpen(true)}>
          {t('roadmap.export.open')}
        </button>
      </div>
      {!data ? (
        <p className="board__loading">{t('app.loading')}</p>
      ) : data.lanes.length === 0 ? (
        <div className="roadmap__empty">
          <h2>{t('roadmap.empty.title')}</h2>
          <p>{t('roadmap.empty.body')}</p>
          <EditLock productId={productId}>
            <button type="button" className="button button--primary" onClick={() => setLaneManagerOpen(true)}>
              {t('roadmap.lanes.add')}
            </button>
          </EditLock>
        </div>
      ) : subView === 'timeline' ? (
        <Timeline data={data} zoom={zoom} />
      ) : (
        <NowNextLater data={data} />
      )}
      {data && editor && (
        <EditLock productId={productId}>
          <InitiativeEditor
            key={editor.mode === 'edit' ? editor.id : 'new'}
            productId={productId}
            target={editor}
            data={data}
          />
        </EditLock>
      )}
      {data && lanesOpen && (
        <EditLock productId={productId}>
          <LaneManager productId={productId} data={data} />
        </EditLock>
      )}
      <Suspense fallback={null}>
        {exportOpen && (
          <ExportDialog productId={productId} productName={productName} onClose={() => setExportOpen(false)} />
        )}
      </Suspense>
    </section>
  );
}
