import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureLabels, fixtureOptions, HOSTILE_TITLE } from './exportFixture';
import { exportIcs, foldLine, icsText } from './ics';

/** Unfolds content lines and splits each into name, parameters and value. */
function readIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = text.slice(0, -2).replace(/\r\n /g, '');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) current[name] = value;
  }
  return { events, unfolded };
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

describe('exportIcs', () => {
  it('is a VCALENDAR with one all-day event per milestone and start/end events per dated initiative', () => {
    const { events, unfolded } = readIcs(exportIcs(exportFixture(), fixtureOptions(), fixtureLabels));
    expect(unfolded.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(unfolded.endsWith('END:VCALENDAR')).toBe(true);
    // onboarding, hostile and sync: 2 each; launch: 1 milestone; search (undated) none.
    expect(events).toHaveLength(7);
    const launch = events.find((event) => event.UID === 'ini-launch-milestone@cairn');
    expect(launch?.['DTSTART;VALUE=DATE']).toBe('20260701');
    expect(launch?.['DTEND;VALUE=DATE']).toBe('20260702');
    const end = events.find((event) => event.UID === 'ini-onboarding-end@cairn');
    expect(end?.['DTSTART;VALUE=DATE']).toBe('20260630');
    expect(end?.['DTEND;VALUE=DATE']).toBe('20260701');
    expect(unescape(end!.SUMMARY!)).toBe('End: 新用户引导 Onboarding');
    for (const event of events) {
      expect(event.DTSTAMP).toBe('20260514T093000Z');
      expect(event.SEQUENCE).toMatch(/^\d+$/);
    }
  });

  it('escapes commas, semicolons, backslashes and newlines so they survive a round trip', () => {
    const { events } = readIcs(exportIcs(exportFixture(), fixtureOptions(), fixtureLabels));
    const hostile = events.find((event) => event.UID === 'ini-hostile-start@cairn')!;
    expect(unescape(hostile.SUMMARY!)).toBe(`Start: ${HOSTILE_TITLE}`);
    const onboarding = events.find((event) => event.UID === 'ini-onboarding-start@cairn')!;
    expect(onboarding.DESCRIPTION).toContain('second line\\, with comma\\; and semicolon');
    expect(unescape(onboarding.DESCRIPTION!)).toContain('First line\nsecond line, with comma; and semicolon');
    expect(icsText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('keeps UIDs stable and raises SEQUENCE when the roadmap changes and is exported again', () => {
    const first = readIcs(exportIcs(exportFixture(), fixtureOptions(), fixtureLabels)).events;
    const changed = exportFixture();
    changed.generatedAt = '2026-05-20T08:00:00.000Z';
    changed.initiatives[0]!.title = 'Renamed onboarding';
    changed.initiatives[0]!.end = '2026-07-15';
    const second = readIcs(exportIcs(changed, fixtureOptions(), fixtureLabels)).events;
    expect(second.map((event) => event.UID)).toEqual(first.map((event) => event.UID));
    expect(new Set(first.map((event) => event.UID)).size).toBe(first.length);
    const before = first.find((event) => event.UID === 'ini-onboarding-end@cairn')!;
    const after = second.find((event) => event.UID === 'ini-onboarding-end@cairn')!;
    expect(after['DTSTART;VALUE=DATE']).toBe('20260715');
    expect(Number(after.SEQUENCE)).toBeGreaterThan(Number(before.SEQUENCE));
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'路线图'.repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    const emoji = foldLine(`SUMMARY:${'😀é'.repeat(30)}`);
    for (const part of emoji.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(emoji.replace(/\r\n /g, '')).toBe(`SUMMARY:${'😀é'.repeat(30)}`);
  });
});
