// Jira CSV export ("Export Excel CSV (all fields)") → ImportPlan. Columns are read by
// position because Jira repeats headers (Labels ×n, Sprint ×n, Comment ×n ...).
import type { RequirementType } from '../types';
import { parseDateTime } from './dates';
import {
  cleanTags,
  suggestStage,
  type ImportPlan,
  type ImportProblem,
  type PlanRequirement,
  type PlanStage,
} from './plan';
import { allCells, columns, firstCell, type Table } from './table';

// English first; other names are what localised Jira writes for the same column.
const COLUMNS = {
  summary: ['Summary', 'Resumen', 'Zusammenfassung', 'Résumé', 'Riepilogo', '摘要', '概要'],
  key: ['Issue key', 'Clave de incidencia', 'Schlüssel', 'Clé de ticket', '问题关键字', '关键字'],
  id: ['Issue id', 'ID de la incidencia', '问题 ID'],
  type: ['Issue Type', 'Tipo de Incidencia', 'Vorgangstyp', 'Type de ticket', '问题类型'],
  status: ['Status', 'Estado', 'Statut', '状态'],
  statusCategory: ['Status Category', 'Categoría de estado', '状态类别'],
  priority: ['Priority', 'Prioridad', 'Priorität', 'Priorité', '优先级'],
  assignee: ['Assignee', 'Persona asignada', 'Bearbeiter', 'Responsable', '经办人'],
  reporter: ['Reporter', 'Informador', 'Autor', 'Rapporteur', '报告人'],
  created: ['Created', 'Creada', 'Erstellt', 'Création', '创建日期', '创建'],
  updated: ['Updated', 'Actualizada', 'Aktualisiert', 'Mise à jour', '已更新', '更新'],
  due: ['Due date', 'Due Date', 'Fecha de vencimiento', 'Fälligkeitsdatum', "Date d'échéance", '到期日'],
  start: ['Start date', 'Custom field (Start date)', '开始日期'],
  description: ['Description', 'Descripción', 'Beschreibung', '描述'],
  labels: ['Labels', 'Etiquetas', 'Stichwörter', 'Étiquettes', '标签'],
  components: ['Component/s', 'Components', 'Componente/s', 'Komponente/n', 'Composants', '模块'],
  sprint: ['Sprint'],
  comment: ['Comment', 'Comentario', 'Kommentar', 'Commentaire', '注释', '评论'],
  parentId: ['Parent', 'Parent id', 'Principal'],
  parentKey: ['Parent key', 'Clave principal'],
  parentSummary: ['Parent summary'],
  epicLink: ['Custom field (Epic Link)', 'Epic Link'],
  epicName: ['Custom field (Epic Name)', 'Epic Name'],
} as const;

type ColumnName = keyof typeof COLUMNS;

/** True when the header row looks like a Jira export. */
export function looksLikeJira(headers: readonly string[]): boolean {
  return (
    columns(headers, COLUMNS.summary).length > 0 &&
    (columns(headers, COLUMNS.key).length > 0 || columns(headers, COLUMNS.type).length > 0)
  );
}

const STORY_POINTS = /story ?points?|story point estimate|故事点/i;

function requirementType(jiraType: string): RequirementType {
  if (/bug|defect|缺陷|故障/i.test(jiraType)) return 'bug';
  if (/improvement|enhancement|改进/i.test(jiraType)) return 'improvement';
  if (/spike|research|investigation|调研/i.test(jiraType)) return 'research';
  return 'feature';
}

const isEpic = (jiraType: string) => /^(epic|史诗|长篇故事)$/i.test(jiraType.trim());

/**
 * Labels: Jira labels cannot contain spaces, and a cell like `audit,logging,compliance`
 * is several labels written into one column, so cells are split on commas.
 */
function splitLabels(cells: readonly string[]): string[] {
  return cells
    .flatMap((cell) => cell.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseJira(table: Table): ImportPlan {
  const problems: ImportProblem[] = [...table.problems];
  const col = Object.fromEntries(
    Object.entries(COLUMNS).map(([name, names]) => [name, columns(table.headers, names)]),
  ) as Record<ColumnName, number[]>;
  const pointCols = table.headers.flatMap((h, i) => (STORY_POINTS.test(h) ? [i] : []));
  const get = (cells: string[], name: ColumnName) => firstCell(cells, col[name]);

  const stages: PlanStage[] = [];
  const members: ImportPlan['members'] = [];
  const priorities: string[] = [];
  const initiatives: ImportPlan['initiatives'] = [];
  const addMember = (name: string) => {
    if (name !== '' && !members.some((m) => m.key === name)) members.push({ key: name, name: name.slice(0, 100) });
    return name === '' ? null : name;
  };

  // Pass 1: who is whose parent, and which issues are epics (epics become initiatives).
  const byKey = new Map<string, { type: string; parentKey: string; summary: string; description: string }>();
  const keyById = new Map<string, string>();
  for (const { cells } of table.rows) {
    const key = get(cells, 'key');
    if (key === '') continue;
    const id = get(cells, 'id');
    if (id !== '') keyById.set(id, key);
    byKey.set(key, {
      type: get(cells, 'type'),
      parentKey: '',
      summary: get(cells, 'summary'),
      description: get(cells, 'description'),
    });
  }
  for (const { cells } of table.rows) {
    const entry = byKey.get(get(cells, 'key'));
    if (!entry) continue;
    const parentId = get(cells, 'parentId');
    entry.parentKey = get(cells, 'parentKey') || get(cells, 'epicLink') || keyById.get(parentId) || '';
  }
  const initiativeKeyByEpic = new Map<string, string>();
  const ensureInitiative = (key: string, title: string, description: string) => {
    if (!initiativeKeyByEpic.has(key)) {
      initiativeKeyByEpic.set(key, key);
      initiatives.push({ key, title: (title || key).slice(0, 300), description: description.slice(0, 20_000) });
    }
    return key;
  };
  /** The epic an issue belongs to: its parent if that is an epic, else its parent's epic. */
  const epicOf = (parentKey: string, parentSummary: string): string | null => {
    const seen = new Set<string>();
    let key = parentKey;
    while (key !== '' && !seen.has(key)) {
      seen.add(key);
      const parent = byKey.get(key);
      if (!parent) return ensureInitiative(key, parentSummary, '');
      if (isEpic(parent.type)) return ensureInitiative(key, parent.summary, parent.description);
      key = parent.parentKey;
    }
    return null;
  };

  const requirements: PlanRequirement[] = [];
  // Sprints in first-seen order. An issue lists every sprint it was in, oldest first: it is planned in the last.
  const sprints = new Set<string>();
  const addSprint = (names: string[]): string | null => {
    const current = names.map((n) => n.trim()).filter(Boolean);
    for (const name of current) sprints.add(name);
    return current.at(-1) ?? null;
  };
  for (const { cells, line } of table.rows) {
    const where = (column: string) => `line ${line}, ${column}`;
    const type = get(cells, 'type');
    const key = get(cells, 'key') || `line ${line}`;
    const summary = get(cells, 'summary');
    if (isEpic(type)) {
      ensureInitiative(key, summary, get(cells, 'description'));
      continue;
    }
    if (summary === '') {
      problems.push({ where: where('Summary'), code: 'missingTitle', detail: key, blocking: true });
      continue;
    }
    const date = (name: ColumnName, header: string) => {
      const value = get(cells, name);
      if (value === '') return null;
      const parsed = parseDateTime(value);
      if (!parsed) problems.push({ where: where(header), code: 'notADate', detail: value, blocking: true });
      return parsed;
    };
    const status = get(cells, 'status') || '—';
    if (!stages.some((s) => s.key === status)) {
      const category = get(cells, 'statusCategory');
      stages.push({
        key: status,
        name: status.slice(0, 100),
        suggested: suggestStage(status) ?? (category ? suggestStage(category) : null),
        archived: false,
      });
    }
    const priority = get(cells, 'priority');
    if (priority !== '' && !priorities.includes(priority)) priorities.push(priority);

    let estimate: number | null = null;
    const points = firstCell(cells, pointCols);
    if (points !== '') {
      const n = Number(points.replace(',', '.'));
      if (Number.isFinite(n) && n >= 0) estimate = n;
      else
        problems.push({
          where: where(table.headers[pointCols[0] ?? 0] ?? 'Story Points'),
          code: 'notANumber',
          detail: points,
          blocking: true,
        });
    }
    const notes: PlanRequirement['notes'] = [];
    for (const comment of allCells(cells, col.comment)) {
      // Jira writes comments as `<date>;<account id>;<body>`.
      const m = /^([^;]+);([^;]*);([\s\S]*)$/.exec(comment);
      const at = m ? parseDateTime(m[1] as string) : null;
      if (m && at) notes.push({ authorKey: null, at: at.iso, text: m[3] as string });
      else
        notes.push({
          authorKey: null,
          at: date('created', 'Created')?.iso ?? '1970-01-01T00:00:00.000Z',
          text: comment,
        });
    }
    // Reporters become members too, so the product knows everyone who worked on it.
    addMember(get(cells, 'reporter'));
    const created = date('created', 'Created');
    const updated = date('updated', 'Updated');
    requirements.push({
      key,
      title: summary.slice(0, 500),
      description: get(cells, 'description').slice(0, 100_000),
      type: requirementType(type),
      priority: priority === '' ? null : priority,
      stageKey: status,
      ownerKey: addMember(get(cells, 'assignee')),
      tags: cleanTags([...splitLabels(allCells(cells, col.labels)), ...allCells(cells, col.components)]),
      dueDate: date('due', 'Due date')?.day ?? null,
      dueDone: false,
      startDate: date('start', 'Start date')?.day ?? null,
      estimate,
      acceptanceCriteria: [],
      notes,
      links: [],
      archived: false,
      initiativeKey: epicOf(byKey.get(key)?.parentKey ?? '', get(cells, 'parentSummary')),
      iterationKey: addSprint(allCells(cells, col.sprint)),
      createdAt: created?.iso ?? null,
      updatedAt: updated?.iso ?? null,
    });
  }
  const projectKey = requirements[0]?.key.replace(/-\d+$/, '') ?? '';
  return {
    source: 'jira',
    name: projectKey && !projectKey.startsWith('line') ? projectKey : 'Jira',
    stages,
    members,
    tags: [],
    initiatives,
    iterations: [...sprints].map((name) => ({ key: name, name: name.slice(0, 200) })),
    requirements,
    priorities,
    problems,
  };
}
