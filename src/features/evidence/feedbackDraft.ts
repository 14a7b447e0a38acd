// The feedback form's fields as typed, and what is wrong with them before anything is written.
import { checkWebUrl } from '../../domain/feedback/url';
import type { Feedback, FeedbackChannel } from '../../domain/feedback/types';

export interface FeedbackDraft {
  text: string;
  customer: string;
  segment: string;
  channel: FeedbackChannel;
  date: string;
  url: string;
}

export type FeedbackProblem = 'text' | 'url' | 'date';

export function emptyDraft(today: string): FeedbackDraft {
  return { text: '', customer: '', segment: '', channel: 'interview', date: today, url: '' };
}

export function draftOf(row: Feedback): FeedbackDraft {
  return {
    text: row.text,
    customer: row.customer,
    segment: row.segment,
    channel: row.channel,
    date: row.date,
    url: row.url ?? '',
  };
}

/** The fields that stop a save, in form order. */
export function problemsOf(draft: FeedbackDraft): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  if (draft.text.trim() === '') problems.push('text');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.push('date');
  if (!checkWebUrl(draft.url).ok) problems.push('url');
  return problems;
}
