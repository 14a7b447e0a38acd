// Who asked: the distinct customers behind a requirement's feedback suggest its RICE reach.
import type { Feedback } from './types';

/**
 * How many different customers (or, when no customer is named, segments) the
 * feedback comes from. Case and surrounding spaces do not make a new customer;
 * an item naming neither is not counted, since it cannot tell who asked.
 */
export function distinctCustomers(feedback: readonly Pick<Feedback, 'customer' | 'segment'>[]): number {
  const seen = new Set<string>();
  for (const item of feedback) {
    const customer = item.customer.trim().toLocaleLowerCase();
    const segment = item.segment.trim().toLocaleLowerCase();
    if (customer) seen.add(`c:${customer}`);
    else if (segment) seen.add(`s:${segment}`);
  }
  return seen.size;
}

/** Feedback per requirement id, for the board's card badges. */
export function countByRequirement(
  feedback: readonly Pick<Feedback, 'requirementIds' | 'deleted'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of feedback) {
    if (item.deleted) continue;
    for (const id of new Set(item.requirementIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
