// Synthetic products and event logs for the flow-metric tests.
import type { EventType } from '../types';
import type { FlowEvent, FlowRequirement, FlowStage } from './types';

/** inbox … review, ranked a…g as the default board. */
export const STAGES: FlowStage[] = ['inbox', 'analysis', 'design', 'development', 'testing', 'released', 'review'].map(
  (key, i) => ({
    id: key,
    key,
    rank: String.fromCharCode(97 + i),
    deleted: false,
    done: key === 'released' || key === 'review',
  }),
);

export const FLOW = { startStageId: 'development', doneStageId: 'released' };

/** Tests read timestamps as UTC days unless they pass a time zone. */
export const utcDay = (at: string) => at.slice(0, 10);

/** The local calendar day of an instant in `timeZone`. */
export function dayIn(timeZone: string): (at: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => format.format(new Date(at));
}

export class Log {
  events: FlowEvent[] = [];
  requirements: FlowRequirement[] = [];

  /** A requirement created at `at` in `stageId`, and its creation event. */
  create(id: string, stageId: string, at: string): this {
    this.requirements.push({ id, title: id.toUpperCase(), stageId, state: 'active', createdAt: at, updatedAt: at });
    return this.event(id, 'requirement.created', at, { stageId, title: id });
  }

  move(id: string, toStageId: string, at: string): this {
    const row = this.row(id);
    this.event(id, 'requirement.moved', at, { fromStageId: row.stageId, toStageId, fromRank: 'a', toRank: 'b' });
    row.stageId = toStageId;
    row.updatedAt = at;
    return this;
  }

  /** Moves through each stage in turn, one per day from `day` at 10:00 UTC. */
  walk(id: string, day: string, stages: string[]): this {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    stages.forEach((stageId, i) => this.move(id, stageId, new Date(Date.UTC(y, m - 1, d + i, 10)).toISOString()));
    return this;
  }

  remove(id: string, at: string): this {
    this.row(id).state = 'deleted';
    return this.event(id, 'requirement.deleted', at, {});
  }

  restore(id: string, at: string): this {
    this.row(id).state = 'active';
    return this.event(id, 'requirement.restored', at, { from: 'deleted' });
  }

  /** A row as an import writes it: dates from the source, no events of its own. */
  imported(id: string, stageId: string, createdAt: string, updatedAt: string): this {
    this.requirements.push({ id, title: id, stageId, state: 'active', createdAt, updatedAt });
    return this;
  }

  input(stages: FlowStage[] = STAGES, dayOfEvent = utcDay) {
    return { stages, requirements: this.requirements, events: this.events, dayOfEvent };
  }

  private row(id: string): FlowRequirement {
    const row = this.requirements.find((r) => r.id === id);
    if (!row) throw new Error(`no requirement ${id}`);
    return row;
  }

  private event(entityId: string, type: EventType, at: string, data: Record<string, unknown>): this {
    this.events.push({ entityId, type, at, data });
    return this;
  }
}
