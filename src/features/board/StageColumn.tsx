import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId } from 'react';
import { wipState } from '../../domain/moves';
import type { Member, Requirement, Stage } from '../../domain/types';
import { useT } from '../../ui/useT';
import { QuickAdd } from './QuickAdd';
import { RequirementCard } from './RequirementCard';

interface StageColumnProps {
  productId: string;
  stage: Stage;
  name: string;
  ids: string[];
  byId: Map<string, Requirement>;
  members: Map<string, Member>;
}

function StageColumnView({ productId, stage, name, ids, byId, members }: StageColumnProps) {
  const t = useT();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const wip = wipState(ids.length, stage.wipLimit);
  return (
    <section
      className={`column column--wip-${wip}${isOver ? ' column--over' : ''}`}
      style={{ ['--stage-color' as string]: stage.color }}
      data-testid="stage-column"
      data-stage-key={stage.key ?? stage.id}
      aria-labelledby={headingId}
    >
      <header className="column__header">
        <h2 id={headingId} className="column__name">
          {name}
        </h2>
        <span className="column__count" aria-label={t('board.column.count', { count: ids.length })}>
          {stage.wipLimit === null ? ids.length : t('board.column.wip', { count: ids.length, limit: stage.wipLimit })}
        </span>
      </header>
      {wip === 'over' && (
        <p className="column__warning" role="note">
          {t('board.column.wipOver', { limit: stage.wipLimit ?? 0 })}
        </p>
      )}
      <QuickAdd productId={productId} stageId={stage.id} stageName={name} />
      <SortableContext id={stage.id} items={ids} strategy={verticalListSortingStrategy}>
        <div ref={setNodeRef} className="column__cards">
          {ids.map((id) => {
            const requirement = byId.get(id);
            if (!requirement) return null;
            return <RequirementCard key={id} requirement={requirement} owner={requirement.ownerId ? members.get(requirement.ownerId) : undefined} />;
          })}
          {ids.length === 0 && <p className="column__empty">{t('board.column.empty')}</p>}
        </div>
      </SortableContext>
    </section>
  );
}

export const StageColumn = memo(StageColumnView);
