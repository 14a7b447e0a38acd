// What the flow metrics read: today's stages (all of them, deleted ones too, for
// the board order), every requirement row of the product, and its event log.
import type { CairnEvent, Requirement, Stage } from '../types';

export type FlowStage = Pick<Stage, 'id' | 'key' | 'rank' | 'deleted' | 'done'>;
export type FlowRequirement = Pick<Requirement, 'id' | 'title' | 'stageId' | 'state' | 'createdAt' | 'updatedAt'>;
export type FlowEvent = Pick<CairnEvent, 'entityId' | 'type' | 'at' | 'data'>;

/** Where cycle time starts and ends; both are stage ids of the product. */
export interface FlowStages {
  startStageId: string;
  doneStageId: string;
}

export interface FlowInput {
  stages: readonly FlowStage[];
  requirements: readonly FlowRequirement[];
  /** The product's events, any order; only requirement events are read. */
  events: readonly FlowEvent[];
  /** Local calendar day of an event's timestamp; injected so tests pick their time zone. */
  dayOfEvent?: (at: string) => string;
}

/** An inclusive range of local calendar days, YYYY-MM-DD. */
export interface DayRange {
  from: string;
  to: string;
}
