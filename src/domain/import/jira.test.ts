import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { decodeBytes } from './encoding';
import { parseJira, looksLikeJira } from './jira';
import { countPlan, defaultMapping, hasBlockingProblems } from './plan';
import { toTable } from './table';

const { text } = decodeBytes(new Uint8Array(readFileSync('e2e/fixtures/jira-pdp-scrum-en.csv')));
const table = toTable(parseCsv(text));
const raw = parseCsv(text).records;
const header = raw[0] ?? [];
const statusOf = (row: string[]) => row[header.indexOf('Status')] ?? '';

describe('parseJira with the real SCRUM export (counts from SOURCES.md)', () => {
  const plan = parseJira(table);

  it('recognises the file and has no problems', () => {
    expect(looksLikeJira(table.headers)).toBe(true);
    expect(plan.problems).toEqual([]);
    expect(hasBlockingProblems(plan)).toBe(false);
    expect(plan.name).toBe('SCRUM');
  });

  it('turns 71 issues into 9 epic initiatives and 62 requirements', () => {
    expect(table.rows).toHaveLength(71);
    expect(countPlan(plan)).toMatchObject({ requirements: 62, initiatives: 9, archived: 0 });
  });

  it('finds the four statuses (Done 43, To Do 15, In Review 7, In Progress 6 over all issues)', () => {
    expect(plan.stages.map((s) => s.name).sort()).toEqual(['Done', 'In Progress', 'In Review', 'To Do']);
    const epics = raw.slice(1).filter((r) => r[header.indexOf('Issue Type')] === 'Epic');
    const tally = (name: string) =>
      plan.requirements.filter((r) => r.stageKey === name).length + epics.filter((r) => statusOf(r) === name).length;
    expect([tally('Done'), tally('To Do'), tally('In Review'), tally('In Progress')]).toEqual([43, 15, 7, 6]);
    expect(defaultMapping(plan).stages).toMatchObject({
      Done: 'default:released',
      'To Do': 'default:inbox',
      'In Review': 'default:review',
      'In Progress': 'default:development',
    });
  });

  it('maps priorities for the mapping step', () => {
    expect(plan.priorities.sort()).toEqual(['High', 'Highest', 'Medium']);
    expect(defaultMapping(plan).priorities).toEqual({ Highest: 'P0', High: 'P1', Medium: 'P2' });
  });

  it('reads story points (36 estimated, sum 220) whatever the custom field is called', () => {
    const estimated = plan.requirements.filter((r) => r.estimate !== null);
    const epicsPoints = raw
      .slice(1)
      .filter(
        (r) => r[header.indexOf('Issue Type')] === 'Epic' && r[header.indexOf('Custom field (Story point estimate)')],
      ).length;
    expect(estimated.length + epicsPoints).toBe(36);
    const col = header.indexOf('Custom field (Story point estimate)');
    const epicSum = raw
      .slice(1)
      .filter((r) => r[header.indexOf('Issue Type')] === 'Epic')
      .reduce((s, r) => s + Number(r[col] || 0), 0);
    expect(estimated.reduce((s, r) => s + (r.estimate ?? 0), 0) + epicSum).toBe(220);
  });

  it('gathers repeated Labels and Sprint columns; sprints become iterations, each issue in its latest sprint', () => {
    expect(plan.requirements.some((r) => r.tags.some((t) => t.startsWith('sprint:')))).toBe(false);
    const names = (plan.iterations ?? []).map((i) => i.name);
    expect(names).toEqual(
      expect.arrayContaining(['SCRUM questions Sprint 3', 'SCRUM questions Sprint 4', 'SCRUM questions Sprint 5']),
    );
    expect(new Set(names).size).toBe(names.length);
    // SCRUM-… was in sprints 3, 4 and 5: it is planned in the last of them.
    const carried = plan.requirements.filter((r) => r.iterationKey === 'SCRUM questions Sprint 5');
    expect(carried.length).toBeGreaterThan(0);
    for (const r of plan.requirements) if (r.iterationKey) expect(names).toContain(r.iterationKey);
    expect(
      plan.requirements.some(
        (r) => r.tags.includes('audit') && r.tags.includes('logging') && r.tags.includes('compliance'),
      ),
    ).toBe(true);
  });

  it('links stories and tasks to their epic and subtasks to their task’s epic', () => {
    const linked = plan.requirements.filter((r) => r.initiativeKey !== null);
    expect(linked.length).toBeGreaterThanOrEqual(34);
    expect(new Set(linked.map((r) => r.initiativeKey)).size).toBeLessThanOrEqual(9);
  });

  it('keeps assignees as owners, reporters as members, dates, and the comment as a note', () => {
    expect(plan.requirements.filter((r) => r.ownerKey !== null).length).toBeGreaterThan(0);
    expect(plan.members.length).toBeGreaterThanOrEqual(4);
    expect(
      plan.requirements.every((r) => r.createdAt !== null && r.updatedAt !== null && r.updatedAt >= r.createdAt),
    ).toBe(true);
    const notes = plan.requirements.flatMap((r) => r.notes);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.at).toMatch(/^2026-/);
    expect(plan.requirements.filter((r) => r.dueDate !== null).length).toBeLessThanOrEqual(1);
  });
});

describe('parseJira on small files', () => {
  const csv = (body: string) => parseJira(toTable(parseCsv(body)));

  it('reports bad dates and story points with their line and column', () => {
    const plan = csv(
      'Summary,Issue key,Issue Type,Status,Created,Story Points\nA,P-1,Bug,Open,22/Apr/26 7:56 AM,3\nB,P-2,Story,Open,yesterday,lots\n',
    );
    expect(plan.problems.map((p) => `${p.where}: ${p.code}`)).toEqual([
      'line 3, Story Points: notANumber',
      'line 3, Created: notADate',
    ]);
    expect(plan.requirements[0]).toMatchObject({ type: 'bug', estimate: 3, createdAt: '2026-04-22T07:56:00.000Z' });
  });

  it('reads localised dates, components and a parent epic that is not in the file', () => {
    const plan = csv(
      'Summary,Issue key,Issue Type,Status,Created,Component/s,Component/s,Parent key,Parent summary\nA,P-1,Task,Doing,03/mars/26 14:00,Web,API,P-9,Payments\n',
    );
    expect(plan.requirements[0]).toMatchObject({
      tags: ['Web', 'API'],
      initiativeKey: 'P-9',
      createdAt: '2026-03-03T14:00:00.000Z',
    });
    expect(plan.initiatives).toEqual([{ key: 'P-9', title: 'Payments', description: '' }]);
  });

  it('blocks on a missing summary', () => {
    expect(hasBlockingProblems(csv('Summary,Issue key,Issue Type,Status\n,P-1,Task,Open\n'))).toBe(true);
  });
});
