// What the flow metrics read, in one read transaction: every stage of the
// product (deleted ones too, for history that passed through them), every
// requirement row (the trash and the archive too) and its requirement events.
import { agingCards, type AgingCards } from '../domain/analytics/aging';
import { flowAnalytics, type FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { requirementsMatching, type FlowFilter } from '../domain/analytics/savedFilter';
import { productFlowStages } from '../domain/analytics/stageOrder';
import type { DayRange, FlowStages } from '../domain/analytics/types';
import { REQUIREMENT_STATES, type CairnEvent, type Requirement, type Stage } from '../domain/types';
import type { CairnDatabase } from './database';
import { readInPages } from './boardIndex';
import { requirementsOfProduct } from './boardIndex';

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

/**
 * Rows per read when the age markers' replay reads the log and the requirements in the
 * background: a move waits for the read in flight, and at 100,000 requirements a page of
 * 5,000 held a move's commit up for 100–400 ms (issue 16); one of 1,000 keeps it short.
 */
const BACKGROUND_PAGE = 1_000;

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
        requirementsOfProduct(db, productId).toArray(),
        productEvents(productId)
          .filter((e: CairnEvent) => e.type.startsWith('requirement.'))
          .toArray(),
      ]);
      return { stages, requirements, events };
    });
  /**
   * The product's requirement events, oldest first, a page per read: a write waits
   * for one page at most rather than the whole log (the board's moves go on while
   * the age markers are computed). Pages follow the [productId+at] index; events
   * of one instant already read are skipped when the next page starts at it.
   */
  const readRequirementEventsInPages = async (productId: string, pageSize = BACKGROUND_PAGE): Promise<CairnEvent[]> => {
    const events: CairnEvent[] = [];
    let from = '';
    let readAtFrom = new Set<string>();
    for (;;) {
      const limit = pageSize + readAtFrom.size;
      const page = await db.events
        .where('[productId+at]')
        .between([productId, from], [productId, '\uffff'], true, true)
        .limit(limit)
        .toArray();
      for (const e of page)
        if (!(e.at === from && readAtFrom.has(e.id)) && e.type.startsWith('requirement.')) events.push(e);
      if (page.length < limit) return events;
      const last = (page[page.length - 1] as CairnEvent).at;
      if (last !== from) readAtFrom = new Set();
      from = last;
      for (const e of page) if (e.at === from) readAtFrom.add(e.id);
    }
  };

  return {
    readFlowInput,
    readRequirementEventsInPages,

    /** Every stage, deleted ones too: a band of the cumulative flow may still need its name. */
    listAllStages: (productId: string) => db.stages.where('productId').equals(productId).toArray(),

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
      const { productId } = request;
      const [product, stages, byState] = await Promise.all([
        db.products.get(productId),
        db.stages.where('productId').equals(productId).toArray(),
        // In pages, like the events below: the board's moves go on while the markers are computed.
        Promise.all(REQUIREMENT_STATES.map((state) => readInPages(db, productId, state, BACKGROUND_PAGE))),
      ]);
      const requirements = byState.flat();
      const flow = product && productFlowStages(stages, product.settings);
      if (!flow) return null;
      const events = await readRequirementEventsInPages(productId);
      return agingCards({ stages, requirements, events }, flow, request.today);
    },
  };
}

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
