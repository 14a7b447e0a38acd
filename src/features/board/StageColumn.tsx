import { useDroppable } from '@dnd-kit/core';
import { memo, useId } from 'react';
import { wipState } from '../../domain/moves';
import type { Member, Requirement, Stage } from '../../domain/types';
import type { RegisterLocator } from './drag/columnLocator';
import { useT } from '../../ui/useT';
import { QuickAdd } from './QuickAdd';
import { VirtualCardList } from './VirtualCardList';

interface StageColumnProps {
  productId: string;
  stage: Stage;
  name: string;
  /** The cards shown (filtered, with the drag preview applied). */
  ids: string[];
  /** Everything in the stage, for the count and the WIP limit, whatever the filter hides. */
  total: number;
  byId: ReadonlyMap<string, Requirement>;
  members: Map<string, Member>;
  registerLocator: RegisterLocator;
  unloaded: number;
}

function StageColumnView({
  productId,
  stage,
  name,
  ids,
  total,
  byId,
  members,
  registerLocator,
  unloaded,
}: StageColumnProps) {
  const t = useT();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const wip = wipState(total, stage.wipLimit);
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
        <span className="column__count" aria-label={t('board.column.count', { count: total })}>
          {stage.wipLimit === null ? total : t('board.column.wip', { count: total, limit: stage.wipLimit })}
        </span>
      </header>
      {wip === 'over' && (
        <p className="column__warning" role="note">
          {t('board.column.wipOver', { limit: stage.wipLimit ?? 0 })}
        </p>
      )}
      <QuickAdd productId={productId} stageId={stage.id} stageName={name} />
      <VirtualCardList
        stageId={stage.id}
        ids={ids}
        byId={byId}
        members={members}
        droppableRef={setNodeRef}
        registerLocator={registerLocator}
        unloaded={unloaded}
        emptyText={t('board.column.empty')}
      />
    </section>
  );
}

export const StageColumn = memo(StageColumnView);
