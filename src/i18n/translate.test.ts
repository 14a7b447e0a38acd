import { describe, expect, it } from 'vitest';
import { backupEn } from './messages/backup.en';
import { backupZhCN } from './messages/backup.zh-CN';
import { en } from './messages/en';
import { evidenceEn } from './messages/evidence.en';
import { evidenceZhCN } from './messages/evidence.zh-CN';
import { exportEn } from './messages/export.en';
import { exportZhCN } from './messages/export.zh-CN';
import { gatesEn } from './messages/gates.en';
import { gatesZhCN } from './messages/gates.zh-CN';
import { paletteEn } from './messages/palette.en';
import { panelsEn } from './messages/panels.en';
import { panelsZhCN } from './messages/panels.zh-CN';
import { paletteZhCN } from './messages/palette.zh-CN';
import { cardsEn } from './messages/cards.en';
import { cardsZhCN } from './messages/cards.zh-CN';
import { priorityEn } from './messages/priority.en';
import { priorityZhCN } from './messages/priority.zh-CN';
import { importEn } from './messages/import.en';
import { importZhCN } from './messages/import.zh-CN';
import { iterationsEn } from './messages/iterations.en';
import { iterationsZhCN } from './messages/iterations.zh-CN';
import { roadmapEn } from './messages/roadmap.en';
import { roadmapZhCN } from './messages/roadmap.zh-CN';
import { workspaceEn } from './messages/workspace.en';
import { workspaceZhCN } from './messages/workspace.zh-CN';
import { syncEn } from './messages/sync.en';
import { syncZhCN } from './messages/sync.zh-CN';
import { workloadEn } from './messages/workload.en';
import { workloadZhCN } from './messages/workload.zh-CN';
import { tableEn } from './messages/table.en';
import { tableZhCN } from './messages/table.zh-CN';
import { zhCN } from './messages/zh-CN';
import { addMessages, detectLocale, ensureLocale, translate } from './translate';
import { translateCount } from './translateCount';

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate('en', 'board.column.wip', { count: 3, limit: 5 })).toBe('3 of 5');
  });

  it('speaks Chinese once its messages are loaded, and English until then', async () => {
    expect(translate('zh-CN', 'stage.inbox')).toBe('Inbox');
    await ensureLocale('zh-CN');
    expect(translate('zh-CN', 'stage.inbox')).toBe('需求收集');
  });

  it('uses the same parameters in both languages, in every capability', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const pairs: [Record<string, string>, Record<string, string>][] = [
      [en, zhCN],
      [roadmapEn, roadmapZhCN],
      [exportEn, exportZhCN],
      [paletteEn, paletteZhCN],
      [backupEn, backupZhCN],
      [panelsEn, panelsZhCN],
      [importEn, importZhCN],
      [priorityEn, priorityZhCN],
      [cardsEn, cardsZhCN],
      [workspaceEn, workspaceZhCN],
      [evidenceEn, evidenceZhCN],
      [tableEn, tableZhCN],
      [iterationsEn, iterationsZhCN],
      [syncEn, syncZhCN],
      [gatesEn, gatesZhCN],
      [workloadEn, workloadZhCN],
    ];
    for (const [english, chinese] of pairs) {
      for (const key of Object.keys(english))
        expect(params(chinese[key] ?? ''), key).toEqual(params(english[key] ?? ''));
    }
  });

  it('knows a capability’s messages once it has loaded them, and no key is shared between catalogues', () => {
    expect(translate('en', 'roadmap.view.timeline')).toBe('roadmap.view.timeline');
    addMessages({ en: roadmapEn, 'zh-CN': roadmapZhCN });
    expect(translate('en', 'roadmap.view.timeline')).toBe(roadmapEn['roadmap.view.timeline']);
    expect(translate('zh-CN', 'roadmap.view.timeline')).toBe(roadmapZhCN['roadmap.view.timeline']);
    const keys = [
      en,
      roadmapEn,
      exportEn,
      paletteEn,
      backupEn,
      panelsEn,
      importEn,
      priorityEn,
      workspaceEn,
      evidenceEn,
      tableEn,
      cardsEn,
      iterationsEn,
      syncEn,
      gatesEn,
      workloadEn,
    ].flatMap((catalogue) => Object.keys(catalogue));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('detectLocale', () => {
  it('picks zh-CN for Chinese browsers, including zh-TW and zh-Hans', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(['zh-Hans-CN'])).toBe('zh-CN');
  });

  it('falls back to English', () => {
    expect(detectLocale(['fr-FR', 'de'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});

describe('translateCount', () => {
  it('picks the plural form by Intl.PluralRules and groups digits', async () => {
    addMessages({ en: importEn, 'zh-CN': importZhCN });
    expect(translateCount('en', 'import.count.tags', 1)).toBe('1 coloured tag');
    expect(translateCount('en', 'import.count.tags', 2)).toBe('2 coloured tags');
    expect(translateCount('en', 'import.count.tags', 0)).toBe('0 coloured tags');
    expect(translateCount('en', 'import.done', 10_000)).toBe('Imported 10,000 requirements');
    await ensureLocale('zh-CN');
    expect(translateCount('zh-CN', 'import.count.tags', 1)).toBe('1 个带颜色的标签');
  });
});
