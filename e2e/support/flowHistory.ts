// A known flow history for the analytics and age-marker specs: restored from a backup, the one way
// to seed events with past dates (docs/ARCHITECTURE.md, Tests).
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { downloadBackup, replaceAllWithBackup } from './backup';

interface Row {
  id: string;
  [field: string]: unknown;
}
interface Backup {
  tables: Record<string, Row[]>;
}

/** Cycle times of the finished requirements (days, inclusive): nearest-rank P50 = 5, P85 = P95 = 13. */
export const CYCLE_DAYS = [2, 3, 5, 8, 13];

/** The 8- and 13-day ones are P0, the rest P2: what the "Urgent" saved view matches. */
const URGENT = new Set([8, 13]);
/**
 * Not the template's priority: the template is whichever demo requirement the
 * backup lists first (ids are random), and when that one was P0 "Urgent" matched all.
 */
const ORDINARY = 'P2';

export interface HistoryOptions {
  /**
   * Adds "Stuck in testing": started 20 days ago (21 days of age today), in Testing since; and
   * "Slow in development": started 14 days ago (15 days of age), still in Development.
   */
  stuck?: boolean;
}

/** Noon UTC of the browser's local day `daysAgo` days back: the same calendar day in any time zone within ±11 h. */
function noon(today: string, daysAgo: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - daysAgo, 12)).toISOString();
}

/**
 * The demo's product, stages and members with only our requirements and events:
 * each created in Analysis, started in Development, finished in Released; the
 * 8-day one went back from Testing to Development once (rework). One saved view,
 * "Urgent" (priority P0).
 */
function withKnownHistory(backup: Backup, today: string, options: HistoryOptions): Backup {
  const tables = backup.tables;
  const product = tables.products![0]!;
  const stages = tables.stages!.filter((s) => s.productId === product.id);
  const stage = (key: string) => stages.find((s) => s.key === key)!.id as string;
  const template = tables.requirements!.find((r) => r.productId === product.id)!;
  const requirements: Row[] = [];
  const events: Row[] = [];
  const event = (entityId: string, type: string, at: string, data: Record<string, unknown>) =>
    events.push({ id: `e2e-event-${events.length}`, productId: product.id, entityId, type, at, data });
  const move = (id: string, from: string, to: string, at: string) =>
    event(id, 'requirement.moved', at, { fromStageId: stage(from), toStageId: stage(to), fromRank: 'a', toRank: 'b' });
  const add = (index: number, title: string, stageKey: string, createdAt: string, priority = ORDINARY) => {
    const id = `e2e-req-${index}`;
    requirements.push({
      ...template,
      id,
      title,
      priority,
      stageId: stage(stageKey),
      rank: `a${index}`,
      state: 'active',
      createdAt,
      updatedAt: createdAt,
      initiativeId: null,
      iterationId: null,
      version: 1,
    });
    event(id, 'requirement.created', createdAt, { stageId: stage('analysis'), title });
    return id;
  };
  CYCLE_DAYS.forEach((days, i) => {
    const doneAgo = 3 + i * 4;
    const startAgo = doneAgo + days - 1;
    const priority = URGENT.has(days) ? 'P0' : ORDINARY;
    const id = add(i, `Finished in ${days} days`, 'released', noon(today, startAgo + 2), priority);
    move(id, 'analysis', 'development', noon(today, startAgo));
    if (days === 8) {
      move(id, 'development', 'testing', noon(today, startAgo - 2));
      move(id, 'testing', 'development', noon(today, startAgo - 3));
    }
    move(id, 'development', 'released', noon(today, doneAgo));
  });
  const wip = add(9, 'Still in development', 'development', noon(today, 12));
  move(wip, 'analysis', 'development', noon(today, 10));
  if (options.stuck) {
    const stuck = add(10, 'Stuck in testing', 'testing', noon(today, 22));
    move(stuck, 'analysis', 'development', noon(today, 20));
    move(stuck, 'development', 'testing', noon(today, 15));
    // Development's own P85 is 13 (five finished items left it): 15 days there is past it.
    const slow = add(11, 'Slow in development', 'development', noon(today, 16));
    move(slow, 'analysis', 'development', noon(today, 14));
  }
  const at = noon(today, 30);
  const savedViews = [
    {
      id: 'e2e-view-urgent',
      productId: product.id,
      name: 'Urgent',
      query: 'priority=P0',
      createdAt: at,
      updatedAt: at,
    },
  ].map((view) => ({ ...view, version: 1, deleted: false }));
  const empty = ['lanes', 'initiatives', 'iterations', 'competitors', 'feedback', 'capabilities'];
  return {
    ...backup,
    tables: { ...tables, ...Object.fromEntries(empty.map((t) => [t, []])), requirements, events, savedViews },
  };
}

/** Replaces all data with the known history (the board's product keeps its stages and members). */
export async function restoreKnownHistory(page: Page, path: string, options: HistoryOptions = {}): Promise<void> {
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  const { text } = await downloadBackup(page);
  await writeFile(path, JSON.stringify(withKnownHistory(JSON.parse(text) as Backup, today, options)));
  await replaceAllWithBackup(page, path);
}
