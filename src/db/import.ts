// Writes an ImportPlan in one transaction, and takes it back in one. What was
// written is listed in the 'import.applied' event, so undo deletes exactly that.
import { CairnWriteError } from '../domain/errors';
import type { ImportMapping, ImportPlan } from '../domain/import/plan';
import { hasBlockingProblems } from '../domain/import/plan';
import { sprintSpans } from '../domain/import/sprints';
import { iterationSchema, type Iteration } from '../domain/iterations/types';
import { DEFAULT_STAGE_COLORS, isDefaultStageKey } from '../domain/lifecycle';
import { ranksAfter } from '../domain/ranking';
import { initiativeSchema, laneSchema, type Initiative, type Lane } from '../domain/roadmap/types';
import type { CardScore } from '../domain/scoring/types';
import {
  memberSchema,
  REQUIREMENT_STATES,
  requirementSchema,
  stageSchema,
  tagSchema,
  type Env,
  type Member,
  type Requirement,
  type Stage,
  type Tag,
} from '../domain/types';
import { newIteration } from '../domain/rows/iteration';
import { newMember, newProduct, newTag } from '../domain/rows/product';
import { newStage } from '../domain/rows/stage';
import { newRequirement } from '../domain/rows/requirement';
import { newInitiative, newLane } from '../domain/rows/roadmap';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import type { z } from 'zod/mini';
import { assertStageRoom, newEvent, assertFound, assertLive } from './writePath';
import { BOARD_INDEX, stageRange } from './boardIndex';
import { importGateCheck } from './importGates';

export type ImportTarget = { kind: 'new'; name: string } | { kind: 'existing'; productId: string };

export interface ImportResult {
  batchId: string;
  productId: string;
  productCreated: boolean;
  requirements: number;
}

/** Row ids an import wrote, kept in its event. */
interface WrittenIds {
  product: string | null;
  stages: string[];
  members: string[];
  tags: string[];
  lanes: string[];
  initiatives: string[];
  requirements: string[];
  /** Absent in imports written before sprints became iterations. */
  iterations?: string[];
}

const IMPORTED_LANE = 'Imported';
const IMPORTED_LANE_COLOR = '#64748b';
const NEW_STAGE_COLOR = '#475569';

const check = <T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T => checkedRow(schema, value, what);

/**
 * Requirements per bulkAdd. One main-thread task (the end of a bulkAdd) stores a batch and checks
 * the next; at 1,000 rows that took ~100 ms, at 500 up to 210 ms on a busy machine (issue 16 budget:
 * no task over 100 ms).
 */
export const IMPORT_WRITE_BATCH = 250;

/** The next precomputed rank of a stage (an index, not Array.shift, which copies at 100,000 rows). */
function takeRank(ranks: Map<string, string[]>, next: Map<string, number>, stageId: string): string | undefined {
  const i = next.get(stageId) ?? 0;
  next.set(stageId, i + 1);
  return ranks.get(stageId)?.[i];
}

export function createImportRepository(db: CairnDatabase, env: Env) {
  const tables = [
    db.products,
    db.stages,
    db.members,
    db.tags,
    db.lanes,
    db.initiatives,
    db.iterations,
    db.requirements,
    db.events,
  ];

  return {
    /**
     * Writes the whole plan or nothing. `onProgress` reports requirements written; the write is
     * one transaction, so a failure anywhere (a row that breaks the schema, a full disk) leaves
     * the database as it was. `signal` aborted (the PM pressed Cancel) stops it between batches
     * with the signal's reason, and nothing is written either.
     */
    async applyImport(
      plan: ImportPlan,
      mapping: ImportMapping,
      target: ImportTarget,
      onProgress?: (written: number, total: number) => void,
      signal?: AbortSignal,
    ): Promise<ImportResult> {
      if (hasBlockingProblems(plan))
        throw new CairnWriteError('invalidInput', 'The file has problems; nothing was imported');
      if (plan.requirements.length === 0) throw new CairnWriteError('invalidInput', 'The file holds no requirements');
      return db.transaction('rw', tables, async () => {
        const at = env.now();
        const batchId = env.newId();
        const written: WrittenIds = {
          product: null,
          stages: [],
          members: [],
          tags: [],
          lanes: [],
          initiatives: [],
          requirements: [],
        };

        let productId: string;
        let cardScore: CardScore = 'none';
        if (target.kind === 'new') {
          const name = target.name.trim().slice(0, 200);
          if (!name) throw new CairnWriteError('invalidInput', 'A product needs a name');
          const product = newProduct(env, { name, at });
          productId = product.id;
          await db.products.add(product);
          written.product = productId;
        } else {
          productId = target.productId;
          const product = await db.products.get(productId);
          assertLive(product, `Product ${productId} does not exist`);
          cardScore = product.settings.cardScore;
        }

        // Stages: existing ones by id or lifecycle key, the rest created after the last stage, in plan order.
        const existingStages = (await db.stages.where('productId').equals(productId).toArray())
          .filter((s) => !s.deleted)
          .sort((a, b) => (a.rank < b.rank ? -1 : 1));
        const newStages: Stage[] = [];
        const stageIdByKey = new Map<string, string>();
        const newStageRanks = ranksAfter(existingStages.at(-1)?.rank ?? null, plan.stages.length);
        const createStage = (planKey: string, key: string | null, name: string | null, color: string) => {
          const row = check<Stage>(
            stageSchema,
            newStage(env, { productId, key, name, color, rank: newStageRanks[newStages.length] as string, at }),
            `stage ${planKey}`,
          );
          newStages.push(row);
          return row.id;
        };
        for (const stage of plan.stages) {
          const choice = mapping.stages[stage.key] ?? 'new';
          if (choice.startsWith('stage:')) {
            const id = choice.slice('stage:'.length);
            if (!existingStages.some((s) => s.id === id))
              throw new CairnWriteError('notFound', `Stage ${id} does not exist in this product`);
            stageIdByKey.set(stage.key, id);
          } else if (choice.startsWith('default:')) {
            const key = choice.slice('default:'.length);
            if (!isDefaultStageKey(key)) throw new CairnWriteError('invalidInput', `Unknown lifecycle stage ${key}`);
            // Several lists mapped to one lifecycle stage share it.
            const existing = [...existingStages, ...newStages].find((s) => s.key === key);
            stageIdByKey.set(
              stage.key,
              existing ? existing.id : createStage(stage.key, key, null, DEFAULT_STAGE_COLORS[key]),
            );
          } else {
            stageIdByKey.set(stage.key, createStage(stage.key, null, stage.name.slice(0, 100), NEW_STAGE_COLOR));
          }
        }

        // Members: matched by name to the product's members, else created.
        const existingMembers = (await db.members.where('productId').equals(productId).toArray()).filter(
          (m) => !m.deleted,
        );
        const memberIdByKey = new Map<string, string>();
        const newMembers: Member[] = [];
        for (const member of plan.members) {
          const same = [...existingMembers, ...newMembers].find(
            (m) => m.name.toLowerCase() === member.name.toLowerCase(),
          );
          if (same) memberIdByKey.set(member.key, same.id);
          else {
            const row = check<Member>(
              memberSchema,
              newMember(env, { productId, name: member.name, role: 'engineering', at }),
              `member ${member.name}`,
            );
            newMembers.push(row);
            memberIdByKey.set(member.key, row.id);
          }
        }

        // Tag colours: only for tags the product has no colour for yet.
        const existingTags = await db.tags.where('productId').equals(productId).toArray();
        const newTags: Tag[] = plan.tags
          .filter((tag) => !existingTags.some((t) => t.name === tag.name))
          .map((tag) =>
            check<Tag>(tagSchema, newTag(env, { productId, name: tag.name, color: tag.color, at }), `tag ${tag.name}`),
          );

        // Epics/parents: initiatives in an "Imported" lane, waiting on the Later horizon.
        const initiativeIdByKey = new Map<string, string>();
        const newLanes: Lane[] = [];
        const newInitiatives: Initiative[] = [];
        if (plan.initiatives.length > 0) {
          const lanes = (await db.lanes.where('productId').equals(productId).toArray())
            .filter((l) => !l.deleted)
            .sort((a, b) => (a.rank < b.rank ? -1 : 1));
          let lane = lanes.find((l) => l.name === IMPORTED_LANE);
          if (!lane) {
            lane = check<Lane>(
              laneSchema,
              newLane(env, {
                productId,
                name: IMPORTED_LANE,
                color: IMPORTED_LANE_COLOR,
                rank: ranksAfter(lanes.at(-1)?.rank ?? null, 1)[0] as string,
                at,
              }),
              'lane',
            );
            newLanes.push(lane);
          }
          const laneId = lane.id;
          const initiatives = (await db.initiatives.where('productId').equals(productId).toArray()).sort((a, b) =>
            a.rank < b.rank ? -1 : 1,
          );
          const ranks = ranksAfter(initiatives.at(-1)?.rank ?? null, plan.initiatives.length);
          plan.initiatives.forEach((initiative, i) => {
            const row = check<Initiative>(
              initiativeSchema,
              newInitiative(env, {
                productId,
                title: initiative.title,
                description: initiative.description,
                laneId,
                horizon: 'later',
                rank: ranks[i] as string,
                at,
              }),
              `initiative ${initiative.key}`,
            );
            newInitiatives.push(row);
            initiativeIdByKey.set(initiative.key, row.id);
          });
        }

        // Sprints become planned iterations, dated by their issues.
        const spans = sprintSpans(plan, at.slice(0, 10));
        const iterationIdByKey = new Map<string, string>();
        const newIterations: Iteration[] = (plan.iterations ?? []).map((sprint) => {
          const span = spans.get(sprint.key) ?? { startDate: at.slice(0, 10), endDate: at.slice(0, 10) };
          const row = check<Iteration>(
            iterationSchema,
            newIteration(env, { productId, name: sprint.name, ...span, at }),
            `sprint ${sprint.key}`,
          );
          iterationIdByKey.set(sprint.key, row.id);
          return row;
        });

        // Requirements: ranks per target stage after what is already there, in plan order.
        const byStage = new Map<string, number>();
        for (const r of plan.requirements) {
          const stageId = stageIdByKey.get(r.stageKey);
          if (!stageId) throw new CairnWriteError('invalidInput', `No stage for ${r.stageKey}`);
          byStage.set(stageId, (byStage.get(stageId) ?? 0) + 1);
        }
        // WIP hard limits hold for imports too: only existing stages can have one, and only active rows count.
        const entering = new Map<string, number>();
        for (const r of plan.requirements) {
          if (r.archived) continue;
          const stageId = stageIdByKey.get(r.stageKey) as string;
          entering.set(stageId, (entering.get(stageId) ?? 0) + 1);
        }
        // The reads below are issued together: one after another they were 20+ round trips the
        // write of the rows waited for.
        await Promise.all(existingStages.map((stage) => assertStageRoom(db, stage, entering.get(stage.id) ?? 0)));
        const ranksByStage = new Map<string, string[]>();
        await Promise.all(
          [...byStage].map(async ([stageId, count]) => {
            // Imported rows go below everything already in the stage, whatever its state.
            const lasts = await Promise.all(
              REQUIREMENT_STATES.map((state) =>
                db.requirements
                  .where(BOARD_INDEX)
                  .between(...stageRange(productId, state, stageId))
                  .last(),
              ),
            );
            let top: string | null = null;
            for (const last of lasts) if (last && (top === null || last.rank > top)) top = last.rank;
            ranksByStage.set(stageId, ranksAfter(top, count));
          }),
        );
        const nextRank = new Map<string, number>();
        const passGates = importGateCheck([...existingStages, ...newStages], cardScore);
        const toRow = (r: ImportPlan['requirements'][number]): Requirement => {
          const stageId = stageIdByKey.get(r.stageKey) as string;
          const created = r.createdAt ?? at;
          return check<Requirement>(
            requirementSchema,
            newRequirement(env, {
              productId,
              createdAt: created,
              updatedAt: r.updatedAt ?? (r.createdAt === null ? at : created),
              title: r.title,
              description: r.description,
              type: r.type,
              priority: r.priority === null ? 'P2' : (mapping.priorities[r.priority] ?? 'P2'),
              ownerId: r.ownerKey === null ? null : (memberIdByKey.get(r.ownerKey) ?? null),
              tags: r.tags,
              dueDate: r.dueDate,
              acceptanceCriteria: r.acceptanceCriteria.map((c) => ({ id: env.newId(), text: c.text, done: c.done })),
              stageId,
              rank: takeRank(ranksByStage, nextRank, stageId) as string, // one rank was made per row of the stage; the schema check below catches a miss
              state: r.archived ? 'archived' : 'active',
              initiativeId: r.initiativeKey === null ? null : (initiativeIdByKey.get(r.initiativeKey) ?? null),
              notes: r.notes.map((n) => ({
                id: env.newId(),
                authorId: n.authorKey === null ? null : (memberIdByKey.get(n.authorKey) ?? null),
                at: n.at || at,
                text: n.text,
              })),
              links: r.links.map((l) => ({ id: env.newId(), label: l.label, url: l.url })),
              startDate: r.startDate,
              estimate: r.estimate,
              dueDone: r.dueDone,
              iterationId: r.iterationKey ? (iterationIdByKey.get(r.iterationKey) ?? null) : null,
            }),
            `requirement ${r.key}`,
          );
        };

        // Not awaited one by one: IndexedDB stores them in order while the first requirements are
        // checked (a Jira file's 1,000+ epics took 100 ms the page spent waiting). A failure aborts
        // the transaction, which fails every write after it; all are awaited below.
        const others = Promise.all([
          db.stages.bulkAdd(newStages),
          db.members.bulkAdd(newMembers),
          db.tags.bulkAdd(newTags),
          db.lanes.bulkAdd(newLanes),
          db.initiatives.bulkAdd(newInitiatives),
          db.iterations.bulkAdd(newIterations),
        ]);
        others.catch(() => {});
        // Rows are checked and written a batch at a time, still in this one transaction: between
        // batches the page handles input and paints the progress (only Dexie promises are awaited).
        // Each batch is checked while the one before it is being stored, so the two overlap.
        const total = plan.requirements.length;
        const requirementIds: string[] = [];
        const store = async (rows: Requirement[]) => {
          await db.requirements.bulkAdd(rows);
          for (const row of rows) requirementIds.push(row.id);
          onProgress?.(requirementIds.length, total);
        };
        let storing: Promise<void> | null = null;
        for (let from = 0; from < total; from += IMPORT_WRITE_BATCH) {
          // Throwing inside the transaction rolls back every batch already added.
          signal?.throwIfAborted();
          const rows = plan.requirements.slice(from, from + IMPORT_WRITE_BATCH).map((r) => passGates(toRow(r)));
          if (storing) await storing;
          storing = store(rows);
          // Awaited on the next turn; a throw before then aborts the transaction, which rejects this too.
          storing.catch(() => {});
        }
        if (storing) await storing;
        await others;
        signal?.throwIfAborted();
        written.iterations = newIterations.map((r) => r.id);
        written.stages = newStages.map((r) => r.id);
        written.members = newMembers.map((r) => r.id);
        written.tags = newTags.map((r) => r.id);
        written.lanes = newLanes.map((r) => r.id);
        written.initiatives = newInitiatives.map((r) => r.id);
        written.requirements = requirementIds;
        await db.events.add(
          newEvent(env, productId, batchId, 'import.applied', { source: plan.source, name: plan.name, written }, at),
        );
        return { batchId, productId, productCreated: written.product !== null, requirements: requirementIds.length };
      });
    },

    /**
     * Deletes exactly what import `batchId` wrote, in one transaction; a second undo does nothing.
     * Refuses (stale) when a requirement or initiative it wrote has been changed since: undo never deletes later work.
     */
    async undoImport(batchId: string): Promise<void> {
      await db.transaction('rw', tables, async () => {
        const events = await db.events.where('entityId').equals(batchId).toArray();
        const applied = events.find((e) => e.type === 'import.applied');
        assertFound(applied, `Import ${batchId} does not exist`);
        if (events.some((e) => e.type === 'import.undone')) return;
        const written = applied.data.written as WrittenIds;
        const changed = [
          ...(await db.requirements.bulkGet(written.requirements)),
          ...(await db.initiatives.bulkGet(written.initiatives)),
        ].find((row) => row !== undefined && row.version !== 1);
        if (changed)
          throw new CairnWriteError('stale', `${changed.title} changed since the import`, { title: changed.title });
        await db.requirements.bulkDelete(written.requirements);
        await db.iterations.bulkDelete(written.iterations ?? []);
        await db.initiatives.bulkDelete(written.initiatives);
        await db.lanes.bulkDelete(written.lanes);
        await db.tags.bulkDelete(written.tags);
        await db.members.bulkDelete(written.members);
        await db.stages.bulkDelete(written.stages);
        if (written.product !== null) await db.products.delete(written.product);
        await db.events.add(
          newEvent(env, applied.productId, batchId, 'import.undone', { requirements: written.requirements.length }),
        );
      });
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
