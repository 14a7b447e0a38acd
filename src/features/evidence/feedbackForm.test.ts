import { describe, expect, it } from 'vitest';
import type { Feedback } from '../../domain/feedback/types';
import { emptyDraft, problemsOf } from './feedbackDraft';
import { filterFeedback } from './filterFeedback';

describe('problemsOf (the capture form)', () => {
  it('needs only the text; the date defaults to today', () => {
    const draft = emptyDraft('2026-03-01');
    expect(draft.date).toBe('2026-03-01');
    expect(problemsOf(draft)).toEqual(['text']);
    expect(problemsOf({ ...draft, text: 'Too slow' })).toEqual([]);
  });

  it('names every field that stops a save, in form order', () => {
    expect(problemsOf({ ...emptyDraft(''), text: ' ', url: 'javascript:alert(1)' })).toEqual(['text', 'date', 'url']);
    expect(problemsOf({ ...emptyDraft('2026-03-01'), text: 'x', url: 'https://ok.example' })).toEqual([]);
  });
});

describe('filterFeedback', () => {
  const row = (text: string, customer: string, segment = ''): Feedback => ({
    id: text,
    productId: 'p',
    text,
    customer,
    segment,
    channel: 'other',
    date: '2026-01-01',
    url: null,
    requirementIds: [],
    deleted: false,
    createdAt: '',
    updatedAt: '',
    version: 1,
  });
  const rows = [row('Refund is slow', 'Acme'), row('退款太慢了', '陈宇'), row('Love the app', '', 'Students')];

  it('matches the text, the customer or the segment, every word, any case', () => {
    expect(filterFeedback(rows, 'acme').map((f) => f.id)).toEqual(['Refund is slow']);
    expect(filterFeedback(rows, 'slow ACME').map((f) => f.id)).toEqual(['Refund is slow']);
    expect(filterFeedback(rows, '陈宇').map((f) => f.id)).toEqual(['退款太慢了']);
    expect(filterFeedback(rows, 'students').map((f) => f.id)).toEqual(['Love the app']);
    expect(filterFeedback(rows, '  ')).toHaveLength(3);
  });
});
