import '../../i18n/roadmapMessages';
import { describe, expect, it } from 'vitest';
import { initiativeProgress } from '../../domain/roadmap/progress';
import { translate, type MessageKey, type MessageParams } from '../../i18n/translate';
import { describeProgress } from './format';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const done = new Set(['released']);

describe('describeProgress', () => {
  it('says the share by count, and by story points once requirements are estimated', () => {
    const unestimated = initiativeProgress(
      [
        { stageId: 'released', state: 'active', estimate: null },
        { stageId: 'design', state: 'active', estimate: null },
      ],
      done,
    );
    expect(describeProgress(unestimated, t)).toBe('1 of 2 requirements done (50%)');

    // Ten small things done and one big one open: 91% by count, 50% of the work.
    const estimated = initiativeProgress(
      [
        ...Array.from({ length: 10 }, () => ({ stageId: 'released', state: 'active' as const, estimate: 1 })),
        { stageId: 'design', state: 'active', estimate: 10 },
      ],
      done,
    );
    expect(describeProgress(estimated, t)).toBe('10 of 11 requirements done (91%) · 50% of story points');
  });
});
