import type { InitiativePatch } from '../../db';
import type { Initiative } from '../../domain/roadmap/types';

export type EditorFields = Required<Omit<InitiativePatch, 'requirementIds' | 'rank'>>;

/** The fields that differ from the row as opened; the schedule travels whole, as its parts only make sense together. */
export function changedFields(opened: Initiative, fields: EditorFields): InitiativePatch {
  const patch: InitiativePatch = {};
  const differs = (key: keyof EditorFields) => JSON.stringify(opened[key]) !== JSON.stringify(fields[key]);
  for (const key of ['title', 'description', 'laneId', 'status', 'ownerId', 'color'] as const) {
    if (differs(key)) Object.assign(patch, { [key]: fields[key] });
  }
  if (differs('start') || differs('end') || differs('horizon') || differs('milestone')) {
    Object.assign(patch, {
      start: fields.start,
      end: fields.end,
      horizon: fields.horizon,
      milestone: fields.milestone,
    });
  }
  return patch;
}
