import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureOptions, HOSTILE_TITLE } from './exportFixture';
import { exportJson } from './json';

describe('exportJson', () => {
  it('carries a type and format version with the selected data', () => {
    const parsed = JSON.parse(exportJson(exportFixture(), fixtureOptions({ format: 'json' })));
    expect(parsed.type).toBe('cairn-roadmap');
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.product).toEqual({ id: 'p1', name: 'Cairn 路线图 / Q3' });
    expect(parsed.options.from).toBe('2026-04-01');
    expect(parsed.options.format).toBeUndefined();
    expect(parsed.lanes.map((lane: { id: string }) => lane.id)).toEqual(['lane-growth', 'lane-platform', 'lane-empty']);
    expect(parsed.initiatives.map((item: { id: string }) => item.id)).not.toContain('ini-old');
    expect(parsed.initiatives.find((item: { id: string }) => item.id === 'ini-hostile').title).toBe(HOSTILE_TITLE);
    expect(parsed.requirements.map((item: { id: string }) => item.id)).toEqual(['req-1', 'req-2']);
  });

  it('leaves requirements out when asked', () => {
    const parsed = JSON.parse(exportJson(exportFixture(), fixtureOptions({ includeRequirements: false })));
    expect(parsed.requirements).toEqual([]);
  });
});
