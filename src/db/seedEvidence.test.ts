import { describe, expect, it } from 'vitest';
import { countFeedbackByRequirement } from './feedbackCounts';
import { openTestRepositories } from './testing/testDb';

describe('first run evidence', () => {
  it.each(['en', 'zh-CN'] as const)(
    'seeds the demo feedback and competitor matrix (%s) with the product',
    async (locale) => {
      const repos = openTestRepositories();
      const id = await repos.seed.seedDemoOnFirstRun(locale, '2026-03-01');
      if (id === null) throw new Error('not seeded');
      const feedback = await repos.feedback.listFeedback(id);
      expect(feedback.length).toBeGreaterThanOrEqual(12);
      const counts = await countFeedbackByRequirement(repos.db, id);
      expect(counts.size).toBeGreaterThanOrEqual(5);
      expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(2);
      expect((await repos.competitors.listCompetitors(id)).length).toBe(3);
      const capabilities = await repos.competitors.listCapabilities(id);
      expect(capabilities.length).toBe(6);
      const [first] = capabilities;
      if (!first) throw new Error('no capability');
      expect(
        (await repos.competitors.listCapabilitiesForRequirement(first.requirementIds[0] ?? '')).map((c) => c.id),
      ).toContain(first.id);
    },
  );
});
