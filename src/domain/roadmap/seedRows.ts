// Lanes and creation events for a roadmap written at once (the demo, a generated sample).
import { ranksAfter } from '../ranking';
import { newLane } from '../rows/roadmap';
import type { EventMaker } from '../seedProduct';
import type { CairnEvent, Env } from '../types';
import type { Initiative, Lane } from './types';

export function seedLanes(
  env: Env,
  productId: string,
  at: string,
  lanes: readonly { name: string; color: string }[],
): Lane[] {
  const ranks = ranksAfter(null, lanes.length);
  return lanes.map((lane, i) =>
    newLane(env, { productId, name: lane.name, color: lane.color, rank: ranks[i] as string, at }),
  );
}

/** lane.created per lane, then initiative.created per initiative. */
export function roadmapCreationEvents(
  event: EventMaker,
  lanes: readonly Lane[],
  initiatives: readonly Initiative[],
): CairnEvent[] {
  return [
    ...lanes.map((l) => event(l.id, 'lane.created', { name: l.name })),
    ...initiatives.map((i) => event(i.id, 'initiative.created', { title: i.title, laneId: i.laneId })),
  ];
}
