import { useRef, useState, type KeyboardEvent } from 'react';
import { repositories } from '../../db';
import { recordChange } from '../../state/history';
import { loadBoardHistory } from './loadBoardHistory';
import { useEditLock } from '../../state/viewOnly';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';

interface QuickAddProps {
  productId: string;
  stageId: string;
  stageName: string;
}

/** Type a title, press Enter. An Enter that confirms an IME composition (中文输入) never submits. */
export function QuickAdd({ productId, stageId, stageName }: QuickAddProps) {
  const t = useT();
  const [title, setTitle] = useState('');
  const composing = useRef(false);
  const lock = useEditLock(productId);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Chromium reports isComposing; Safari ends composition before the Enter keydown, hence the ref; 229 is the IME keyCode.
    if (event.nativeEvent.isComposing || composing.current || event.keyCode === 229) return;
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    setTitle('');
    // The undo entry is recorded before "saved" shows, so an undo right after always finds it.
    const created = repositories.requirements
      .createRequirement(productId, stageId, { title: trimmed })
      .then(async (row) => recordChange((await loadBoardHistory()).createEntry(row)));
    trackSave(created).then(
      () => undefined,
      (error: unknown) => {
        setTitle(trimmed);
        showToast({ tone: 'error', message: t('board.add.failed', { message: describeError(error, t) }) });
      },
    );
  };

  return (
    <input
      className="quick-add"
      type="text"
      value={title}
      maxLength={500}
      {...lock}
      aria-label={t('board.quickAdd.label', { stage: stageName })}
      placeholder={t('board.quickAdd.placeholder')}
      onChange={(event) => setTitle(event.target.value)}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={() => {
        // The Enter that ends a composition arrives right after this event in some browsers.
        setTimeout(() => (composing.current = false), 0);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
