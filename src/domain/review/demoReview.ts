// The demo's review loop: the SMS sign-in launch has a success metric whose
// review was due two days ago, so the Review queue has something to show.
import { addDays } from '../dates';
import type { Requirement } from '../types';

const DUE = {
  title: 'Sign in with phone number and SMS code',
  metric: { en: 'Sign-in completion', zh: '登录完成率' },
};

/** `requirements` with the demo's due review filled in; `idByTitle` finds a row by its English seed title. */
export function withDemoReview(
  requirements: readonly Requirement[],
  idByTitle: ReadonlyMap<string, string>,
  lang: 'en' | 'zh',
  today: string,
): Requirement[] {
  const id = idByTitle.get(DUE.title);
  return requirements.map((row) =>
    row.id === id
      ? {
          ...row,
          successMetric: { name: DUE.metric[lang], unit: '%', baseline: 71, target: 85, actual: null },
          reviewDate: addDays(today, -2),
        }
      : row,
  );
}
