import type { KeyboardEvent } from 'react';
import { openRequirement } from '../../state/boardUi';

/** What a chart point needs to open its requirement by click, Enter or Space, as a button would. */
export function openRequirementProps(id: string) {
  return {
    tabIndex: 0,
    role: 'button',
    onClick: () => openRequirement(id),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      openRequirement(id);
    },
  } as const;
}
