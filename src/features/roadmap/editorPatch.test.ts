import { describe, expect, it } from 'vitest';
import { makeInitiative } from '../../domain/roadmap/testing';
import { changedFields, type EditorFields } from './editorPatch';

const opened = makeInitiative({
  id: 'a',
  title: 'Search',
  start: '2026-05-01',
  end: '2026-05-31',
  horizon: null,
  status: 'planned',
});
const asOpened: EditorFields = {
  title: 'Search',
  description: '',
  laneId: 'lane',
  start: '2026-05-01',
  end: '2026-05-31',
  horizon: null,
  milestone: false,
  status: 'planned',
  ownerId: null,
  color: null,
};

describe('changedFields', () => {
  it('writes nothing the PM did not change, so another tab’s edit survives', () => {
    expect(changedFields(opened, asOpened)).toEqual({});
    expect(changedFields(opened, { ...asOpened, status: 'at-risk' })).toEqual({ status: 'at-risk' });
  });
  it('sends the whole schedule when any part of it changed', () => {
    expect(changedFields(opened, { ...asOpened, end: '2026-06-30' })).toEqual({
      start: '2026-05-01',
      end: '2026-06-30',
      horizon: null,
      milestone: false,
    });
  });
});
