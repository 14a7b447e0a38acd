// What the flow metrics read, in one read transaction: every stage of the
// product (deleted ones too, for history that passed through them), every
// requirement row (the trash and the archive too) and its requirement events.
import { agingCards, type AgingCards } from '../domain/analytics/aging';
import { flowAnalytics, type FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { requirementsMatching, type FlowFilter } from '../domain/analytics/savedFilter';
import { productFlowStages } from '../domain/analytics/stageOrder';
import type { DayRange, FlowStages } from '../domain/analytics/types';
import type { CairnEvent, Requirement, Stage } from '../domain/types';
import type { CairnDatabase } from './database';

export interface FlowRequest {
  productId: string;
  flow: FlowStages;
  range: DayRange;
  today: string;
  /** Count only the requirements this saved filter matches; null or absent, every one. */
  filter?: FlowFilter | null;
}

/** The board's age markers of a product, today, by its own flow stages. */
export interface AgingRequest {
  kind: 'aging';
  productId: string;
  today: string;
}

interface FullRows {
  stages: Stage[];
  requirements: Requirement[];
  events: CairnEvent[];
}

export function createAnalyticsRepository(db: CairnDatabase) {
  const productEvents = (productId: string) =>
    db.events.where('[productId+at]').between([productId, ''], [productId, '\uffff'], true, true);
  // Whole rows (a FlowInput needs only some fields): the review queue reads the same three in one go.
  const readFlowInput = (productId: string): Promise<FullRows> =>
    db.transaction('r', db.stages, db.requirements, db.events, async () => {
      const [stages, requirements, events] = await Promise.all([
        db.stages.where('productId').equals(productId).toArray(),
        db.requirements.where('productId').equals(productId).toArray(),
        productEvents(productId)
          .filter((e: CairnEvent) => e.type.startsWith('requirement.'))
          .toArray(),
      ]);
      return { stages, requirements, events };
    });
  return {
    readFlowInput,

    /** Every stage, deleted ones too: a band of the cumulative flow may still need its name. */
    listAllStages: (productId: string) => db.stages.where('productId').equals(productId).toArray(),

    /**
     * Changes whenever anything the metrics read may have: every write appends an
     * event (the count covers two events in one millisecond, whose order is by id).
     */
    async logSignature(productId: string): Promise<string> {
      const [count, last] = await Promise.all([productEvents(productId).count(), productEvents(productId).last()]);
      return `${count}:${last?.id ?? ''}`;
    },

    async computeFlow(request: FlowRequest): Promise<FlowAnalytics> {
      const input = await readFlowInput(request.productId);
      if (!request.filter) return flowAnalytics(input, request.flow, request.range, request.today);
      const members = await db.members.where('productId').equals(request.productId).toArray();
      const requirements = requirementsMatching(input.requirements, request.filter, {
        today: request.today,
        stages: input.stages,
        members: members.filter((m) => !m.deleted),
      });
      return flowAnalytics({ ...input, requirements }, request.flow, request.range, request.today);
    },

    /** Null when the product or its stages are gone. */
    async computeAging(request: AgingRequest): Promise<AgingCards | null> {
      const [product, input] = await Promise.all([
        db.products.get(request.productId),
        readFlowInput(request.productId),
      ]);
      const flow = product && productFlowStages(input.stages, product.settings);
      return flow ? agingCards(input, flow, request.today) : null;
    },
  };
}

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
