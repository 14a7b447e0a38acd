// Undo entries of the feedback inbox: add, edit, delete, and links to
// requirements (also made from the requirement panel). Built outside the
// components so an entry holds only the values it replays.
import { feedbackRepository } from '../../db/evidenceAccess';
import type { Feedback } from '../../domain/feedback/types';
import { type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';
import { draftOf, type FeedbackDraft } from './feedbackDraft';
import { shortText } from './format';

/** Add (`before` true: undo trashes it) or delete (`before` false: undo restores it). */
export function feedbackTrashEntry(row: Feedback, deletedBefore: boolean): HistoryEntry {
  const { id } = row;
  const text = shortText(row.text);
  return guardedEntry<boolean>({
    describe: (t) => t(deletedBefore ? 'feedback.history.add' : 'feedback.history.delete', { text }),
    id,
    version: row.version,
    before: deletedBefore,
    after: !deletedBefore,
    write: async (deleted, ifVersion) =>
      (
        await trackSave(
          deleted
            ? feedbackRepository.deleteFeedback(id, { ifVersion })
            : feedbackRepository.restoreFeedback(id, { ifVersion }),
        )
      ).version,
  });
}

export function feedbackEditEntry(before: Feedback, after: Feedback): HistoryEntry {
  const { id } = after;
  const text = shortText(after.text);
  return guardedEntry<FeedbackDraft>({
    describe: (t) => t('feedback.history.edit', { text }),
    id,
    version: after.version,
    before: draftOf(before),
    after: draftOf(after),
    write: async (draft, ifVersion) =>
      (await trackSave(feedbackRepository.editFeedback(id, draft, { ifVersion })))?.version ?? null,
  });
}

/** A link to a requirement made (`linked` true) or removed. */
export function feedbackLinkEntry(after: Feedback, requirementId: string, linked: boolean): HistoryEntry {
  const { id } = after;
  const text = shortText(after.text);
  return guardedEntry<boolean>({
    describe: (t) => t(linked ? 'feedback.history.link' : 'feedback.history.unlink', { text }),
    id,
    version: after.version,
    before: !linked,
    after: linked,
    write: async (link, ifVersion) =>
      (
        await trackSave(
          link
            ? feedbackRepository.linkRequirement(id, requirementId, { ifVersion })
            : feedbackRepository.unlinkRequirement(id, requirementId, { ifVersion }),
        )
      ).version,
  });
}
