// The initiative editor's form state as one reducer: what the PM has typed, the
// row as it was when the editor opened, and the save in progress or its error.
// Pure, so the rules (what a milestone's end is, when a title is missing) are
// tested without rendering the dialog.
import { addDays } from '../../domain/dates';
import { normaliseSchedule, scheduleProblem, type ScheduleProblem } from '../../domain/roadmap/schedule';
import type { Horizon, Initiative, InitiativeStatus } from '../../domain/roadmap/types';
import type { EditorTarget } from '../../state/roadmapUi';
import type { EditorFields } from './editorPatch';

export interface EditorDraft {
  title: string;
  description: string;
  laneId: string;
  /** Dates on the timeline, or only a horizon (now / next / later). */
  dated: boolean;
  start: string;
  end: string;
  milestone: boolean;
  horizon: Horizon;
  status: InitiativeStatus;
  ownerId: string | null;
  /** null: the lane's colour. */
  ownColor: string | null;
  /** Requirements linked while creating (an existing initiative links at once). */
  newLinks: string[];
}

export type EditorError =
  { code: 'titleRequired' } | { code: 'schedule'; problem: ScheduleProblem } | { code: 'write'; message: string };

export interface EditorState {
  draft: EditorDraft;
  /** The row as it was when the editor opened: only what the PM changed here is written, so an edit made meanwhile in another tab survives. */
  opened: Initiative | undefined;
  error: EditorError | null;
  saving: boolean;
}

export type EditorAction =
  | { [K in keyof EditorDraft]: { type: 'set'; field: K; value: EditorDraft[K] } }[keyof EditorDraft]
  | { type: 'saving' }
  | { type: 'failed'; error: EditorError };

export interface EditorStart {
  target: EditorTarget;
  existing: Initiative | undefined;
  firstLaneId: string | undefined;
  today: string;
}

export function initialEditorState({ target, existing, firstLaneId, today }: EditorStart): EditorState {
  const prefill = target.mode === 'new' ? target : undefined;
  return {
    draft: {
      title: existing?.title ?? '',
      description: existing?.description ?? '',
      laneId: existing?.laneId ?? prefill?.laneId ?? firstLaneId ?? '',
      // A new initiative started from a horizon column has no dates.
      dated: existing ? existing.start !== null : prefill?.horizon === undefined,
      start: existing?.start ?? prefill?.start ?? today,
      end: existing?.end ?? prefill?.end ?? addDays(today, 30),
      milestone: existing?.milestone ?? false,
      horizon: existing?.horizon ?? prefill?.horizon ?? 'next',
      status: existing?.status ?? 'planned',
      ownerId: existing?.ownerId ?? null,
      ownColor: existing?.color ?? null,
      newLinks: [],
    },
    opened: existing,
    error: null,
    saving: false,
  };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'set':
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case 'saving':
      return { ...state, saving: true, error: null };
    case 'failed':
      return { ...state, saving: false, error: action.error };
  }
}

/** The fields to write, or why the draft cannot be saved. */
export function draftFields(draft: EditorDraft): { fields: EditorFields } | { error: EditorError } {
  const title = draft.title.trim();
  if (!title) return { error: { code: 'titleRequired' } };
  const { dated, milestone, start, end } = draft;
  const schedule = normaliseSchedule({
    start: dated ? start || null : null,
    // A milestone is one day: it ends where it starts.
    end: dated ? (milestone ? start || null : end || null) : null,
    horizon: dated ? null : draft.horizon,
    milestone: dated && milestone,
  });
  const problem = scheduleProblem(schedule);
  if (problem) return { error: { code: 'schedule', problem } };
  const { description, laneId, status, ownerId, ownColor } = draft;
  return { fields: { title, description, laneId, ...schedule, status, ownerId, color: ownColor } };
}
