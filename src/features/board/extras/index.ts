// Loaded after the board paints (see ../extrasSlot.ts).
import '../../../i18n/cardMessages';
import type { Requirement } from '../../../domain/types';
import type { CardExtras } from '../extrasSlot';
import { AgeBadge } from './AgeBadge';
import { BoardExtras } from './BoardExtras';
import { CardTags } from './CardTags';
import { FeedbackBadge } from './FeedbackBadge';
import { GateBadge } from './GateBadge';
import { IterationBadge } from '../IterationBadge';
import { PresenceMarker } from './PresenceMarker';
import { ScoreBadge } from './ScoreBadge';
import { createElement, Fragment } from 'react';

function CardBadges({ requirement }: { requirement: Requirement }) {
  return createElement(
    Fragment,
    null,
    createElement(ScoreBadge, { scores: requirement.scores }),
    createElement(FeedbackBadge, { requirementId: requirement.id }),
    createElement(GateBadge, { requirement }),
    createElement(AgeBadge, { requirement }),
    requirement.iterationId && createElement(IterationBadge, { iterationId: requirement.iterationId }),
    createElement(PresenceMarker, { productId: requirement.productId, requirementId: requirement.id }),
  );
}

export const cardExtras: CardExtras = { BoardExtras, CardBadges, CardTags };
