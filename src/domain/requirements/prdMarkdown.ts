// One requirement as a Markdown PRD document, for a wiki or a review meeting.
import type { Requirement } from '../types';
import { normaliseLinkUrl } from './links';

/** Translated words the document is made of; the caller passes them in the UI language. */
export interface PrdLabels {
  meta: string;
  field: string;
  value: string;
  stage: string;
  type: string;
  priority: string;
  owner: string;
  due: string;
  estimate: string;
  source: string;
  tags: string;
  created: string;
  updated: string;
  description: string;
  criteria: string;
  metric: string;
  metricName: string;
  baseline: string;
  target: string;
  actual: string;
  links: string;
  notes: string;
  none: string;
}

export interface PrdContext {
  labels: PrdLabels;
  stageName: string;
  typeName: string;
  sourceName: string | null;
  memberName: (id: string) => string | null;
  formatDateTime: (iso: string) => string;
  formatNumber: (value: number) => string;
}

/**
 * Escapes text typed into a one-line field (title, tag, criterion, label) so
 * Markdown shows it as typed: no emphasis, links, HTML or table breaks, and
 * line breaks become spaces.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|~&#]/g, (char) => `\\${char}`)
    .trim();
}

/** A link destination Markdown cannot misread: parentheses and angle brackets encoded. */
function destination(url: string): string {
  return url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Markdown written by the PM (description, notes) stays Markdown, but raw HTML
 * in it is shown as text wherever the file is opened, as it is in the app.
 */
function escapeHtmlBlocks(markdown: string): string {
  return markdown.replace(/<(?=[a-zA-Z/!?])/g, '&lt;');
}

export function requirementToMarkdown(requirement: Requirement, context: PrdContext): string {
  const { labels } = context;
  const out: string[] = [`# ${escapeInline(requirement.title)}`, ''];

  const owner = requirement.ownerId === null ? null : context.memberName(requirement.ownerId);
  const rows: [string, string | null][] = [
    [labels.stage, context.stageName],
    [labels.type, context.typeName],
    [labels.priority, requirement.priority],
    [labels.owner, owner],
    [labels.due, requirement.dueDate],
    [labels.estimate, requirement.estimate === null ? null : context.formatNumber(requirement.estimate)],
    [labels.source, context.sourceName],
    [labels.tags, requirement.tags.length > 0 ? requirement.tags.join(', ') : null],
    [labels.created, context.formatDateTime(requirement.createdAt)],
    [labels.updated, context.formatDateTime(requirement.updatedAt)],
  ];
  out.push(
    `## ${escapeInline(labels.meta)}`,
    '',
    `| ${escapeInline(labels.field)} | ${escapeInline(labels.value)} |`,
    '| --- | --- |',
  );
  for (const [name, value] of rows)
    out.push(`| ${escapeInline(name)} | ${value === null ? escapeInline(labels.none) : escapeInline(value)} |`);
  out.push('');

  out.push(
    `## ${escapeInline(labels.description)}`,
    '',
    requirement.description.trim()
      ? escapeHtmlBlocks(requirement.description.trim())
      : `_${escapeInline(labels.none)}_`,
    '',
  );

  if (requirement.acceptanceCriteria.length > 0) {
    out.push(`## ${escapeInline(labels.criteria)}`, '');
    for (const item of requirement.acceptanceCriteria)
      out.push(`- [${item.done ? 'x' : ' '}] ${escapeInline(item.text)}`);
    out.push('');
  }

  const metric = requirement.successMetric;
  if (
    metric !== null &&
    (metric.name.trim() || metric.baseline !== null || metric.target !== null || metric.actual !== null)
  ) {
    const value = (n: number | null) =>
      n === null
        ? escapeInline(labels.none)
        : escapeInline(`${context.formatNumber(n)}${metric.unit ? ` ${metric.unit}` : ''}`);
    out.push(`## ${escapeInline(labels.metric)}`, '');
    out.push(
      `- ${escapeInline(labels.metricName)}: ${metric.name.trim() ? escapeInline(metric.name) : escapeInline(labels.none)}`,
    );
    out.push(`- ${escapeInline(labels.baseline)}: ${value(metric.baseline)}`);
    out.push(`- ${escapeInline(labels.target)}: ${value(metric.target)}`);
    if (metric.actual !== null) out.push(`- ${escapeInline(labels.actual)}: ${value(metric.actual)}`);
    out.push('');
  }

  if (requirement.links.length > 0) {
    out.push(`## ${escapeInline(labels.links)}`, '');
    for (const link of requirement.links) {
      const url = normaliseLinkUrl(link.url);
      const label = escapeInline(link.label || link.url);
      // An address that is not a web or mail link is listed as text, never as a link.
      out.push(url === null ? `- ${label}` : `- [${label}](${destination(url)})`);
    }
    out.push('');
  }

  if (requirement.notes.length > 0) {
    out.push(`## ${escapeInline(labels.notes)}`, '');
    for (const note of requirement.notes) {
      const author = note.authorId === null ? null : context.memberName(note.authorId);
      out.push(
        `### ${escapeInline([author, context.formatDateTime(note.at)].filter(Boolean).join(' · '))}`,
        '',
        escapeHtmlBlocks(note.text.trim()),
        '',
      );
    }
  }

  return `${out.join('\n').trimEnd()}\n`;
}

/** A file name for the document: the title without characters file systems refuse. */
export function prdFileName(title: string): string {
  // Control characters are refused too; the lint rule guards against them by accident, here they are meant.
  const base = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'requirement'}.md`;
}
