import { describe, expect, it } from 'vitest';
import { makeLane } from '../../../domain/roadmap/testing';
import {
  exportBlockers,
  exportDialogReducer,
  exportOptions,
  initialExportState,
  type ExportDialogAction,
  type ExportDialogState,
} from './exportDialogState';

const lanes = [makeLane({ id: 'web' }), makeLane({ id: 'mobile' }), makeLane({ id: 'platform' })];
const opened = initialExportState({ from: '2026-04-01', to: '2027-03-31' });
const run = (state: ExportDialogState, ...actions: ExportDialogAction[]) => actions.reduce(exportDialogReducer, state);
const ready = run(opened, { type: 'lanesLoaded', lanes });

describe('the Export dialog state', () => {
  it('waits for the lanes, then offers every lane chosen', () => {
    expect(exportBlockers(opened)).toEqual({ busy: true, rangeInvalid: false, noLanes: false });
    expect([...ready.laneIds]).toEqual(['web', 'mobile', 'platform']);
    expect(exportBlockers(ready)).toEqual({ busy: false, rangeInvalid: false, noLanes: false });
  });

  it('refuses a range that ends before it starts or lacks a day', () => {
    expect(exportBlockers(run(ready, { type: 'choose', field: 'to', value: '2026-03-31' })).rangeInvalid).toBe(true);
    expect(exportBlockers(run(ready, { type: 'choose', field: 'from', value: '' })).rangeInvalid).toBe(true);
    expect(exportBlockers(run(ready, { type: 'choose', field: 'to', value: '2026-04-01' })).rangeInvalid).toBe(false);
  });

  it('refuses an export with no lane chosen', () => {
    const none = run(
      ready,
      ...lanes.map((lane): ExportDialogAction => ({ type: 'toggleLane', id: lane.id, checked: false })),
    );
    expect(exportBlockers(none).noLanes).toBe(true);
    expect(exportBlockers(run(none, { type: 'toggleLane', id: 'mobile', checked: true })).noLanes).toBe(false);
  });

  it('passes the chosen lanes in the roadmap’s order, whatever order they were ticked in', () => {
    const state = run(
      ready,
      { type: 'toggleLane', id: 'web', checked: false },
      { type: 'toggleLane', id: 'mobile', checked: false },
      { type: 'toggleLane', id: 'mobile', checked: true },
      { type: 'toggleLane', id: 'web', checked: true },
      { type: 'choose', field: 'format', value: 'pdf' },
      { type: 'choose', field: 'paper', value: 'a3' },
      { type: 'choose', field: 'includeRequirements', value: true },
    );
    expect(exportOptions(state, 'zh-CN')).toEqual({
      format: 'pdf',
      from: '2026-04-01',
      to: '2027-03-31',
      laneIds: ['web', 'mobile', 'platform'],
      includeRequirements: true,
      theme: 'light',
      paper: 'a3',
      zoom: 'month',
      locale: 'zh-CN',
    });
  });

  it('is busy while working and free again when done or failed', () => {
    const working = run(ready, { type: 'status', status: { kind: 'working', step: 'fonts' } });
    expect(exportBlockers(working).busy).toBe(true);
    expect(exportBlockers(run(working, { type: 'status', status: { kind: 'done', fileName: 'r.pdf' } })).busy).toBe(
      false,
    );
    expect(exportBlockers(run(working, { type: 'status', status: { kind: 'error', message: 'No space' } })).busy).toBe(
      false,
    );
  });

  it('leaves the state it was given untouched', () => {
    run(ready, { type: 'toggleLane', id: 'web', checked: false }, { type: 'choose', field: 'format', value: 'csv' });
    expect(ready.laneIds.has('web')).toBe(true);
    expect(ready.choices.format).toBe('png');
  });
});
