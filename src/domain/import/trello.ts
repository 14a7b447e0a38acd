// Trello board JSON (Board menu → Print, export and share → Export as JSON) → ImportPlan.
import { z } from 'zod/mini';
import { parseDateTime } from './dates';
import {
  cleanTags,
  emptyPlan,
  suggestStage,
  type ImportPlan,
  type ImportProblem,
  type PlanRequirement,
  type PlanStage,
} from './plan';

const text = z.string();
const maybeText = z.optional(z.nullable(z.string()));
// Trello writes numbers; a string is accepted only when it holds one.
const pos = z.optional(
  z.nullable(
    z.union([
      z.number(),
      z.string().check(z.refine((v) => v.trim() !== '' && Number.isFinite(Number(v)), { message: 'notANumber' })),
    ]),
  ),
);

const trelloBoardSchema = z.object({
  name: z.optional(text),
  lists: z.array(z.object({ id: text, name: text, closed: z.optional(z.boolean()), pos })),
  cards: z.array(
    z.object({
      id: text,
      name: text,
      desc: maybeText,
      closed: z.optional(z.boolean()),
      idList: text,
      pos,
      due: maybeText,
      dueComplete: z.optional(z.nullable(z.boolean())),
      start: maybeText,
      dateLastActivity: maybeText,
      idLabels: z.optional(z.array(text)),
      idMembers: z.optional(z.array(text)),
      attachments: z.optional(z.array(z.object({ name: maybeText, url: maybeText }))),
    }),
  ),
  labels: z.optional(z.array(z.object({ id: text, name: maybeText, color: maybeText }))),
  members: z.optional(z.array(z.object({ id: text, fullName: maybeText, username: maybeText }))),
  checklists: z.optional(
    z.array(
      z.object({
        id: text,
        idCard: text,
        name: maybeText,
        pos,
        checkItems: z.optional(z.array(z.object({ name: text, state: maybeText, pos }))),
      }),
    ),
  ),
  actions: z.optional(
    z.array(
      z.object({
        type: text,
        date: maybeText,
        idMemberCreator: maybeText,
        data: z.optional(z.object({ text: maybeText, card: z.optional(z.object({ id: text })) })),
      }),
    ),
  ),
});

/** Trello's label colour names as hex (its palette, roughly). */
export const TRELLO_COLORS: Record<string, string> = {
  green: '#4bce97',
  yellow: '#e2b203',
  orange: '#faa53d',
  red: '#f87462',
  purple: '#9f8fef',
  blue: '#579dff',
  sky: '#6cc3e0',
  lime: '#94c748',
  pink: '#e774bb',
  black: '#8590a2',
};
const NO_COLOR = '#8590a2';

/** `cards[12].due`-style paths, as the PM sees them next to a problem. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out === '' ? String(part) : `${out}.${String(part)}`,
    '',
  );
}

function position(value: number | string | null | undefined): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** A Trello id starts with its creation time in seconds (Mongo ObjectId). */
function idTime(id: string): string | null {
  if (!/^[0-9a-f]{24}$/i.test(id)) return null;
  return new Date(parseInt(id.slice(0, 8), 16) * 1000).toISOString();
}

export function looksLikeTrello(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Record<string, unknown>).lists) &&
    Array.isArray((value as Record<string, unknown>).cards)
  );
}

/** The value at `path` in the raw file, shown next to a problem. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  );
}

function describeIssue(
  issue: { path: PropertyKey[]; message: string; code: string },
  raw: unknown,
): Pick<ImportProblem, 'code' | 'detail'> {
  // A union reports its last branch's refinement as 'invalid_union' with the message inside; a bad `pos` string is not a number.
  const value = valueAt(raw, issue.path);
  if (issue.path.at(-1) === 'pos' && typeof value === 'string')
    return { code: 'notANumber', detail: value.slice(0, 100) };
  return { code: 'invalidShape', detail: issue.message };
}

/** Every row whose id an earlier row already has, named with both paths: ids link cards to lists, so they must be unique. */
function duplicateIds(rows: readonly { id: string }[], name: 'lists' | 'cards'): ImportProblem[] {
  const first = new Map<string, number>();
  const problems: ImportProblem[] = [];
  rows.forEach((row, index) => {
    const earlier = first.get(row.id);
    if (earlier === undefined) first.set(row.id, index);
    else
      problems.push({
        where: `${name}[${index}].id`,
        code: name === 'lists' ? 'duplicateListId' : 'duplicateCardId',
        detail: `${row.id} = ${name}[${earlier}].id`,
        blocking: true,
      });
  });
  return problems;
}

export function parseTrello(json: string): ImportPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return emptyPlan('trello', '', [
      {
        where: 'file',
        code: 'invalidJson',
        detail: error instanceof Error ? error.message : String(error),
        blocking: true,
      },
    ]);
  }
  const parsed = trelloBoardSchema.safeParse(raw);
  if (!parsed.success) {
    return emptyPlan(
      'trello',
      '',
      parsed.error.issues
        .slice(0, 200)
        .map((issue) => ({ where: formatPath(issue.path) || 'file', ...describeIssue(issue, raw), blocking: true })),
    );
  }
  const board = parsed.data;
  const problems: ImportProblem[] = [...duplicateIds(board.lists, 'lists'), ...duplicateIds(board.cards, 'cards')];

  const lists = [...board.lists].sort((a, b) => position(a.pos) - position(b.pos));
  const stages: PlanStage[] = lists.map((list) => ({
    key: list.id,
    name: list.name.trim() || '—',
    suggested: suggestStage(list.name),
    archived: list.closed === true,
  }));
  const listById = new Map(lists.map((list) => [list.id, list]));

  const members = (board.members ?? []).map((m) => ({
    key: m.id,
    name: (m.fullName || m.username || m.id).trim().slice(0, 100),
  }));
  const memberIds = new Set(members.map((m) => m.key));

  const labelTag = new Map<string, string>();
  const tags: ImportPlan['tags'] = [];
  for (const label of board.labels ?? []) {
    const name = (label.name?.trim() || label.color || '').slice(0, 50);
    if (name === '') continue;
    labelTag.set(label.id, name);
    if (!tags.some((t) => t.name === name)) tags.push({ name, color: TRELLO_COLORS[label.color ?? ''] ?? NO_COLOR });
  }

  const criteriaByCard = new Map<string, PlanRequirement['acceptanceCriteria']>();
  for (const checklist of [...(board.checklists ?? [])].sort((a, b) => position(a.pos) - position(b.pos))) {
    const items = [...(checklist.checkItems ?? [])].sort((a, b) => position(a.pos) - position(b.pos));
    const list = criteriaByCard.get(checklist.idCard) ?? [];
    for (const item of items) list.push({ text: item.name.slice(0, 500), done: item.state === 'complete' });
    criteriaByCard.set(checklist.idCard, list);
  }

  const notesByCard = new Map<string, PlanRequirement['notes']>();
  (board.actions ?? []).forEach((action, index) => {
    if (action.type !== 'commentCard') return;
    const cardId = action.data?.card?.id;
    const body = action.data?.text;
    if (!cardId || !body) return;
    const at = action.date ? parseDateTime(action.date) : null;
    if (!at) {
      problems.push({
        where: `actions[${index}].date`,
        code: 'notADate',
        detail: String(action.date ?? ''),
        blocking: false,
      });
    }
    const list = notesByCard.get(cardId) ?? [];
    list.push({
      authorKey: action.idMemberCreator && memberIds.has(action.idMemberCreator) ? action.idMemberCreator : null,
      at: at?.iso ?? idTime(cardId) ?? '1970-01-01T00:00:00.000Z',
      text: body,
    });
    notesByCard.set(cardId, list);
  });
  for (const notes of notesByCard.values()) notes.sort((a, b) => a.at.localeCompare(b.at));

  const requirements: PlanRequirement[] = [];
  const indexed = board.cards.map((card, index) => ({ card, index }));
  const listOrder = new Map(lists.map((list, i) => [list.id, i]));
  indexed.sort(
    (a, b) =>
      (listOrder.get(a.card.idList) ?? 0) - (listOrder.get(b.card.idList) ?? 0) ||
      position(a.card.pos) - position(b.card.pos),
  );
  for (const { card, index } of indexed) {
    const path = `cards[${index}]`;
    const list = listById.get(card.idList);
    if (!list) {
      problems.push({ where: `${path}.idList`, code: 'unknownList', detail: card.idList, blocking: true });
      continue;
    }
    const title = card.name.trim();
    if (title === '') {
      problems.push({ where: `${path}.name`, code: 'missingTitle', detail: '', blocking: true });
      continue;
    }
    if (title.length > 500)
      problems.push({ where: `${path}.name`, code: 'titleTooLong', detail: `${title.length}`, blocking: false });
    const day = (field: 'due' | 'start') => {
      const value = card[field];
      if (!value) return null;
      const parsedDay = parseDateTime(value);
      if (!parsedDay) problems.push({ where: `${path}.${field}`, code: 'notADate', detail: value, blocking: true });
      return parsedDay?.day ?? null;
    };
    const memberKeys = (card.idMembers ?? []).filter((id) => memberIds.has(id));
    requirements.push({
      key: card.id,
      title: title.slice(0, 500),
      description: (card.desc ?? '').slice(0, 100_000),
      type: 'feature',
      priority: null,
      stageKey: list.id,
      ownerKey: memberKeys[0] ?? null,
      tags: cleanTags((card.idLabels ?? []).flatMap((id) => labelTag.get(id) ?? [])),
      dueDate: day('due'),
      dueDone: card.dueComplete === true,
      startDate: day('start'),
      estimate: null,
      acceptanceCriteria: (criteriaByCard.get(card.id) ?? []).slice(0, 200),
      notes: notesByCard.get(card.id) ?? [],
      links: (card.attachments ?? []).flatMap((a) =>
        a.url ? [{ label: (a.name || a.url).slice(0, 500), url: a.url.slice(0, 4000) }] : [],
      ),
      archived: card.closed === true || list.closed === true,
      initiativeKey: null,
      createdAt: idTime(card.id),
      updatedAt: (card.dateLastActivity ? parseDateTime(card.dateLastActivity)?.iso : null) ?? null,
    });
  }
  return {
    source: 'trello',
    name: (board.name ?? '').trim().slice(0, 200) || 'Trello',
    stages,
    members,
    tags,
    initiatives: [],
    requirements,
    priorities: [],
    problems,
  };
}
