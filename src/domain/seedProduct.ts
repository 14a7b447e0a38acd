// What a product written all at once starts with (the demo, a generated
// sample): one clock reading for every row, the default lifecycle, a team, and
// the events that record their creation.
import { defaultStages } from './rows/stage';
import { newMember, newProduct } from './rows/product';
import type { CairnEvent, Env, Member, MemberRole, Product, Stage } from './types';

export type EventMaker = (entityId: string, type: CairnEvent['type'], data: Record<string, unknown>) => CairnEvent;

/** Events of one product, all stamped `at`. */
export function eventMaker(env: Env, productId: string, at: string): EventMaker {
  return (entityId, type, data) => ({ id: env.newId(), productId, entityId, type, at, data });
}

export interface SeededProduct {
  at: string;
  product: Product;
  stages: Stage[];
  members: Member[];
  event: EventMaker;
  /** product.created, then member.created for each member. */
  creationEvents: CairnEvent[];
}

export function seedProduct(
  env: Env,
  name: string,
  team: readonly { name: string; role: MemberRole }[],
): SeededProduct {
  const at = env.now();
  const product = newProduct(env, { name, at });
  const productId = product.id;
  const stages = defaultStages(productId, env);
  const members = team.map((m) => newMember(env, { productId, name: m.name, role: m.role, at }));
  const event = eventMaker(env, productId, at);
  const creationEvents = [
    event(productId, 'product.created', { name }),
    ...members.map((m) => event(m.id, 'member.created', { name: m.name, role: m.role })),
  ];
  return { at, product, stages, members, event, creationEvents };
}
