// Each requirement's path through the stages, replayed from the event log:
// the stage it was created in, every move (backward moves included: rework is
// part of the path), and when it was in the trash. Requirements without a
// 'requirement.created' event (imported from Jira or Trello, or older than the
// log) start at their row's createdAt in the first stage their history names.
import { dayOf } from '../dates';
import type { FlowEvent, FlowInput, FlowRequirement } from './types';

export interface StageVisit {
  stageId: string;
  at: string;
  /** Local calendar day of `at`. */
  day: string;
}

export interface RequirementTimeline {
  id: string;
  title: string;
  createdDay: string;
  /** In time order; the first is where it was created. */
  visits: StageVisit[];
  /** Days on which it went into the trash (true) or came back (false), in time order. */
  trash: { at: string; day: string; deleted: boolean }[];
  /** In the trash now: left out of every metric but the cumulative flow's past days. */
  deletedNow: boolean;
  /** Archived now: finished work often is, so it still counts; it is no longer in progress. */
  archivedNow: boolean;
  /** No creation event: its first stage visit is only as old as its row says. */
  imported: boolean;
  /** Local day of the row's last change (for an import never moved since: the source's "updated"). */
  updatedDay: string;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Events of requirements, oldest first; ties keep log order. ISO timestamps sort as times. */
function requirementEventsInOrder(events: readonly FlowEvent[]): FlowEvent[] {
  const relevant = events.filter((e) => e.type.startsWith('requirement.'));
  // The database reads the log in time order already: skip the sort when it is.
  if (relevant.every((e, i) => i === 0 || (relevant[i - 1] as FlowEvent).at <= e.at)) return relevant;
  return relevant
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i))
    .map((x) => x.e);
}

/**
 * One timeline per requirement row. Rows purged from the trash have no row and
 * are not counted; events of ids without a row are ignored.
 */
export function requirementTimelines(input: FlowInput): RequirementTimeline[] {
  const toDay = input.dayOfEvent ?? ((at: string) => dayOf(new Date(at)));
  const byId = new Map<string, FlowEvent[]>();
  for (const e of requirementEventsInOrder(input.events)) {
    const list = byId.get(e.entityId);
    if (list) list.push(e);
    else byId.set(e.entityId, [e]);
  }
  return input.requirements.map((row) => timelineOf(row, byId.get(row.id) ?? [], toDay));
}

function timelineOf(
  row: FlowRequirement,
  events: readonly FlowEvent[],
  toDay: (at: string) => string,
): RequirementTimeline {
  const created = events.find((e) => e.type === 'requirement.created');
  const firstMove = events.find((e) => e.type === 'requirement.moved');
  const createdAt = created?.at ?? row.createdAt;
  const firstStage = text(created?.data.stageId) ?? text(firstMove?.data.fromStageId) ?? row.stageId;
  const visits: StageVisit[] = [{ stageId: firstStage, at: createdAt, day: toDay(createdAt) }];
  const trash: RequirementTimeline['trash'] = [];
  for (const e of events) {
    if (e.type === 'requirement.moved') {
      const to = text(e.data.toStageId);
      // A reorder within a stage is a move event too, but not a visit.
      if (to && to !== visits[visits.length - 1]?.stageId) visits.push({ stageId: to, at: e.at, day: toDay(e.at) });
    } else if (e.type === 'requirement.deleted') trash.push({ at: e.at, day: toDay(e.at), deleted: true });
    else if (e.type === 'requirement.restored' && trash.at(-1)?.deleted)
      trash.push({ at: e.at, day: toDay(e.at), deleted: false });
  }
  return {
    id: row.id,
    title: row.title,
    createdDay: toDay(createdAt),
    visits,
    trash,
    deletedNow: row.state === 'deleted',
    archivedNow: row.state === 'archived',
    imported: created === undefined,
    updatedDay: toDay(row.updatedAt),
  };
}
