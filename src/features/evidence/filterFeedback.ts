// The inbox's search: every word must appear in the text, the customer or the segment.
import type { Feedback } from '../../domain/feedback/types';

export function filterFeedback(feedback: readonly Feedback[], query: string): Feedback[] {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...feedback];
  return feedback.filter((f) => {
    const haystack = `${f.text}\n${f.customer}\n${f.segment}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
