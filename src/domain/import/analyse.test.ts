import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const bytes = (name: string) => new Uint8Array(readFileSync(`e2e/fixtures/${name}`));

describe('analyse', () => {
  it('detects the Trello board and reports progress to the end', () => {
    const progress: number[] = [];
    const { analysis } = analyse(
      bytes('trello-how-goes-it-en.json'),
      { fileName: 'trello.json', source: null, encoding: 'auto' },
      (f) => progress.push(f),
    );
    expect(analysis.source).toBe('trello');
    expect(analysis.plan.requirements).toHaveLength(40);
    expect(progress.at(-1)).toBe(1);
  });

  it('detects the Jira export, and reads it as a generic CSV when the PM says so', () => {
    const jira = analyse(bytes('jira-pdp-scrum-en.csv'), {
      fileName: 'Jira.csv',
      source: null,
      encoding: 'auto',
    }).analysis;
    expect(jira).toMatchObject({ source: 'jira', encoding: 'utf-8' });
    expect(jira.headers[0]).toBe('Summary');
    expect(jira.preview).toHaveLength(5);
    const generic = analyse(bytes('jira-pdp-scrum-en.csv'), {
      fileName: 'Jira.csv',
      source: 'csv',
      encoding: 'auto',
    }).analysis;
    expect(generic).toMatchObject({ source: 'csv', detectedSource: 'jira' });
    expect(generic.columnMapping[0]).toBe('title');
    expect(generic.columnMapping.filter((f) => f === 'stage')).toHaveLength(1);
    expect(generic.plan.requirements).toHaveLength(71);
    expect(generic.plan.name).toBe('Jira');
  });

  it('reads 10,000 generated rows', () => {
    const lines = ['Title,Status,Priority,Due'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `"Row ${i}, with comma",${i % 2 ? 'Done' : 'To do'},P${i % 4},2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      );
    const progress: number[] = [];
    const { analysis } = analyse(
      new TextEncoder().encode(lines.join('\r\n')),
      { fileName: 'big.csv', source: null, encoding: 'auto' },
      (f) => progress.push(f),
    );
    // Parsing reports as it goes, always forward, ending at 1.
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(analysis.plan.problems).toEqual([]);
    expect(analysis.plan.requirements).toHaveLength(10_000);
    expect(analysis.plan.requirements[9999]?.title).toBe('Row 9999, with comma');
  });
});
