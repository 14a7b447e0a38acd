import { describe, expect, it } from 'vitest';
import { makeInitiative } from '../../domain/roadmap/testing';
import {
  draftFields,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorState,
} from './initiativeEditorState';

const today = '2026-05-10';
const fresh = (target: Parameters<typeof initialEditorState>[0]['target'] = { mode: 'new' }) =>
  initialEditorState({ target, existing: undefined, firstLaneId: 'lane-1', today });
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);

describe('initialEditorState', () => {
  it('starts a new initiative dated today for 30 days in the first lane', () => {
    const { draft, opened, error, saving } = fresh();
    expect(draft).toMatchObject({
      title: '',
      laneId: 'lane-1',
      dated: true,
      start: '2026-05-10',
      end: '2026-06-09',
      horizon: 'next',
      status: 'planned',
      ownColor: null,
      newLinks: [],
    });
    expect([opened, error, saving]).toEqual([undefined, null, false]);
  });

  it('takes the lane, dates or horizon the PM started from', () => {
    expect(fresh({ mode: 'new', laneId: 'lane-2', start: '2026-07-01', end: '2026-07-15' }).draft).toMatchObject({
      laneId: 'lane-2',
      dated: true,
      start: '2026-07-01',
      end: '2026-07-15',
    });
    expect(fresh({ mode: 'new', horizon: 'later' }).draft).toMatchObject({ dated: false, horizon: 'later' });
  });

  it('fills an edit from the row and remembers it as opened', () => {
    const existing = makeInitiative({
      id: 'i',
      title: 'Search',
      laneId: 'lane-3',
      start: null,
      end: null,
      horizon: 'now',
      color: '#ff0000',
      ownerId: 'm1',
    });
    const state = initialEditorState({ target: { mode: 'edit', id: 'i' }, existing, firstLaneId: 'lane-1', today });
    expect(state.draft).toMatchObject({
      title: 'Search',
      laneId: 'lane-3',
      dated: false,
      horizon: 'now',
      ownColor: '#ff0000',
      ownerId: 'm1',
    });
    expect(state.opened).toBe(existing);
  });
});

describe('editorReducer', () => {
  it('changes one field and leaves the previous state as it was', () => {
    const before = fresh();
    const after = run(
      before,
      { type: 'set', field: 'title', value: 'Offline mode' },
      { type: 'set', field: 'milestone', value: true },
    );
    expect(after.draft).toMatchObject({ title: 'Offline mode', milestone: true });
    expect(before.draft.title).toBe('');
  });

  it('clears an error when saving starts and keeps the write error when it fails', () => {
    const failed = run(fresh(), { type: 'failed', error: { code: 'titleRequired' } });
    expect(failed.error).toEqual({ code: 'titleRequired' });
    const saving = run(failed, { type: 'saving' });
    expect([saving.saving, saving.error]).toEqual([true, null]);
    const writeFailed = run(saving, { type: 'failed', error: { code: 'write', message: 'Storage is full' } });
    expect([writeFailed.saving, writeFailed.error]).toEqual([false, { code: 'write', message: 'Storage is full' }]);
  });
});

describe('draftFields', () => {
  const named = run(fresh(), { type: 'set', field: 'title', value: '  Offline mode  ' });

  it('refuses a blank title', () => {
    expect(draftFields(run(fresh(), { type: 'set', field: 'title', value: '   ' }).draft)).toEqual({
      error: { code: 'titleRequired' },
    });
  });

  it('trims the title and writes dates without a horizon', () => {
    expect(draftFields(named.draft)).toEqual({
      fields: {
        title: 'Offline mode',
        description: '',
        laneId: 'lane-1',
        start: '2026-05-10',
        end: '2026-06-09',
        horizon: null,
        milestone: false,
        status: 'planned',
        ownerId: null,
        color: null,
      },
    });
  });

  it('makes a milestone one day, and an undated initiative a horizon only', () => {
    expect(draftFields(run(named, { type: 'set', field: 'milestone', value: true }).draft)).toMatchObject({
      fields: { start: '2026-05-10', end: '2026-05-10', milestone: true },
    });
    expect(
      draftFields(
        run(named, { type: 'set', field: 'dated', value: false }, { type: 'set', field: 'milestone', value: true })
          .draft,
      ),
    ).toMatchObject({
      fields: { start: null, end: null, horizon: 'next', milestone: false },
    });
  });

  it('names the schedule problem: an end before the start', () => {
    expect(draftFields(run(named, { type: 'set', field: 'end', value: '2026-05-01' }).draft)).toEqual({
      error: { code: 'schedule', problem: 'endBeforeStart' },
    });
  });
});
