import { useDraggable } from '@dnd-kit/core';
import { initials } from '../../ui/initials';
import { memberName } from '../../ui/memberName';
import { useEditLock } from '../../state/viewOnly';
import { memo, type KeyboardEvent } from 'react';
import { dayOf, isOverdue } from '../../domain/dates';
import { formatDay } from '../../i18n/format';
import type { Member, Requirement } from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { Highlighted } from '../search';
import { useLocale, useT } from '../../ui/useT';
import { useCardExtras } from './extrasSlot';

interface CardProps {
  requirement: Requirement;
  owner: Member | undefined;
}

function sameCard(a: CardProps, b: CardProps): boolean {
  return (
    a.requirement.id === b.requirement.id &&
    a.requirement.version === b.requirement.version &&
    a.requirement.stageId === b.requirement.stageId &&
    a.requirement.rank === b.requirement.rank &&
    a.owner?.id === b.owner?.id &&
    a.owner?.name === b.owner?.name &&
    a.owner?.deleted === b.owner?.deleted
  );
}

function CardBodyView({ requirement, owner }: CardProps) {
  const t = useT();
  const locale = useLocale();
  const overdue = isOverdue(requirement.dueDate, dayOf(new Date()));
  const extras = useCardExtras();
  return (
    <>
      <span className="card__title">
        <Highlighted text={requirement.title} />
      </span>
      <span className="card__meta">
        <span className={`badge badge--type-${requirement.type}`}>{t(`type.${requirement.type}`)}</span>
        <span
          className={`badge badge--${requirement.priority}`}
          title={t('card.priority', { priority: requirement.priority })}
        >
          {requirement.priority}
        </span>
        {extras && <extras.CardBadges requirement={requirement} />}
        {requirement.dueDate && (
          <span className={overdue ? 'card__due card__due--overdue' : 'card__due'}>
            {overdue
              ? t('card.overdue', { date: formatDay(requirement.dueDate, locale, 'short') })
              : t('card.due', { date: formatDay(requirement.dueDate, locale, 'short') })}
          </span>
        )}
        {owner && (
          <span className="card__owner" title={t('card.owner', { name: memberName(owner, t) })}>
            {initials(owner.name)}
          </span>
        )}
      </span>
      {requirement.tags.length > 0 && (
        <span className="card__tags">
          {extras ? (
            <extras.CardTags tags={requirement.tags} />
          ) : (
            requirement.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))
          )}
        </span>
      )}
    </>
  );
}

/**
 * What a card shows; used on the board and in the drag overlay. Memoised on
 * its own: dnd-kit re-renders every draggable wrapper when a drag starts, ends
 * or changes target, and the body need not follow.
 */
export const CardBody = memo(CardBodyView, sameCard);

/**
 * A card is draggable but not a drop target: the board places it by the
 * column's geometry (see drag/columnLocator), and the overlay is what moves,
 * so the card itself never needs a transform.
 */
function DraggableRequirementCard({ requirement, owner }: CardProps) {
  const t = useT();
  const lock = useEditLock(requirement.productId);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: requirement.id, disabled: !!lock });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Space lifts (the drag sensor); Enter opens the details, as on any button.
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      openRequirement(requirement.id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      {...lock}
      onKeyDown={onKeyDown}
      aria-roledescription={t('card.roleDescription')}
      aria-label={requirement.title}
      className={isDragging ? 'card card--placeholder' : 'card'}
      data-testid="requirement-card"
      data-requirement-id={requirement.id}
      onClick={() => openRequirement(requirement.id)}
    >
      <CardBody requirement={requirement} owner={owner} />
    </div>
  );
}

/** Re-renders only when this card's own data changes, not when a neighbour moves. */
export const RequirementCard = memo(DraggableRequirementCard, sameCard);
