import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateTimeOf } from '../../domain/dates';
import { makeRequirement, makeStage } from '../../domain/roadmap/testing';
import type { Member } from '../../domain/types';
import '../../i18n/tableMessages';
import { ensureLocale, translate, type Locale, type Translate } from '../../i18n/translate';
import type { TableColumn } from './columns';
import { exportTableView, tableSheet, type TableView } from './exportView';

const tr =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);
const member: Member = {
  id: 'm1',
  productId: 'p',
  name: '李雷',
  role: 'pm',
  createdAt: '',
  updatedAt: '',
  version: 1,
  deleted: false,
};
const UPDATED = '2026-03-04T05:06:00.000Z';
const HOSTILE = '=HYPERLINK("http://evil.example","click")';

function view(columns: readonly TableColumn[]): TableView {
  return {
    productName: 'Cairn 演示',
    columns,
    stages: [makeStage('s1', 'inbox'), { ...makeStage('s2', null), name: '+Custom stage' }],
    members: new Map([['m1', member]]),
    scores: new Map([['b', 12.345]]),
    rows: [
      makeRequirement({
        id: 'a',
        title: HOSTILE,
        stageId: 's2',
        type: 'bug',
        priority: 'P0',
        tags: ['-x', 'y'],
        updatedAt: UPDATED,
      }),
      makeRequirement({
        id: 'b',
        title: '注册流程, step "1"\nline two',
        stageId: 's1',
        ownerId: 'm1',
        estimate: 3,
        dueDate: '2026-05-01',
        updatedAt: UPDATED,
      }),
      makeRequirement({ id: 'c', title: '@mention', stageId: 's1', ownerId: 'gone', updatedAt: UPDATED }),
    ],
  };
}

async function text(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

beforeAll(() => ensureLocale('zh-CN'));

describe('table export as CSV', () => {
  const all: TableColumn[] = [
    'title',
    'stage',
    'type',
    'priority',
    'score',
    'owner',
    'estimate',
    'due',
    'tags',
    'updated',
  ];

  it('writes the shown rows in order and only the shown columns, with a BOM, that another CSV reader reads back cell for cell', async () => {
    const { blob, fileName } = await exportTableView(view(['title', 'stage', 'owner']), 'csv', tr('en'), '2026-03-05');
    expect(fileName).toBe('Cairn-演示-requirements-2026-03-05.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const csv = await text(blob);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Title', 'Stage', 'Owner'],
      [`'${HOSTILE}`, "'+Custom stage", ''],
      ['注册流程, step "1"\nline two', 'Inbox', '李雷'],
      ["'@mention", 'Inbox', 'gone'],
    ]);
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const csv = await text((await exportTableView(view(all), 'csv', tr('en'), '2026-03-05')).blob);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]?.[8]).toBe("'-x, y");
  });

  it('writes headers and stage and type names in the UI language, scores as shown and times in local time', async () => {
    const csv = await text((await exportTableView(view(all), 'csv', tr('zh-CN'), '2026-03-05')).blob);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['标题', '阶段', '类型', '优先级', '评分', '负责人', '估算', '截止', '标签', '更新时间']);
    expect(rows[1]?.slice(1, 4)).toEqual(["'+Custom stage", '缺陷', 'P0']);
    expect(rows[2]).toEqual([
      '注册流程, step "1"\nline two',
      '需求收集',
      '新功能',
      'P2',
      '12.3',
      '李雷',
      '3',
      '2026-05-01',
      '',
      dateTimeOf(new Date(UPDATED)),
    ]);
  });
});

describe('table export as XLSX', () => {
  it('writes one sheet, read back by exceljs, with real numbers and dates and hostile text kept as text', async () => {
    const { blob, fileName } = await exportTableView(
      view(['title', 'score', 'estimate', 'due', 'updated']),
      'xlsx',
      tr('en'),
      '2026-03-05',
    );
    expect(fileName).toBe('Cairn-演示-requirements-2026-03-05.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Requirements']);
    const sheet = workbook.getWorksheet('Requirements')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Title', 'Score', 'Estimate', 'Due', 'Updated']);
    expect(sheet.rowCount).toBe(4);
    const hostile = sheet.getRow(2).getCell(1);
    expect(hostile.value).toBe(HOSTILE);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    const row = sheet.getRow(3);
    expect(row.getCell(2).value).toBe(12.3);
    expect(row.getCell(3).value).toBe(3);
    expect((row.getCell(4).value as Date).toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd');
    // Excel has no time zones: the local wall-clock time is what the cell shows.
    expect((row.getCell(5).value as Date).toISOString().slice(0, 16).replace('T', ' ')).toBe(
      dateTimeOf(new Date(UPDATED)),
    );
    expect(sheet.getRow(2).getCell(2).value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E1');
  });

  it('names the sheet in the UI language', () => {
    expect(tableSheet(view(['title']), tr('zh-CN')).name).toBe('需求');
  });
});
