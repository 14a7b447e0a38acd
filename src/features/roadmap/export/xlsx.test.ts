import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  exportFixture,
  fixtureLabels,
  fixtureOptions,
  HOSTILE_TITLE,
} from '../../../domain/roadmap/export/exportFixture';
import { exportXlsx, tint } from './xlsx';

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const names = { initiatives: 'Initiatives', requirements: 'Requirements' };

describe('exportXlsx', () => {
  it('writes initiatives with real dates, a percentage and lane colours', async () => {
    const workbook = await readBack(
      await exportXlsx(exportFixture(), fixtureOptions({ format: 'xlsx' }), fixtureLabels, names),
    );
    const sheet = workbook.getWorksheet('Initiatives')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Lane',
      'Initiative',
      'Status',
      'Start',
      'End',
      'Horizon',
      'Milestone',
      'Progress',
      'Owner',
      'Description',
    ]);
    expect(sheet.rowCount).toBe(6);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('增长 Growth');
    expect(row.getCell(2).value).toBe('新用户引导 Onboarding');
    expect(row.getCell(4).value).toBeInstanceOf(Date);
    expect((row.getCell(4).value as Date).toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(8).value).toBeCloseTo(0.4);
    expect(row.getCell(8).numFmt).toBe('0%');
    expect(row.getCell(1).fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: tint('#2f855a') },
    });
    const undated = sheet.getRow(6);
    expect(undated.getCell(2).value).toBe('全文搜索');
    expect(undated.getCell(4).value).toBeNull();
  });

  it('keeps hostile text as text, never a formula', async () => {
    const workbook = await readBack(await exportXlsx(exportFixture(), fixtureOptions(), fixtureLabels, names));
    const cell = workbook.getWorksheet('Initiatives')!.getRow(3).getCell(2);
    expect(cell.value).toBe(HOSTILE_TITLE);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('freezes the header row and turns filters on in both sheets', async () => {
    const workbook = await readBack(await exportXlsx(exportFixture(), fixtureOptions(), fixtureLabels, names));
    for (const name of ['Initiatives', 'Requirements']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(name === 'Initiatives' ? 'A1:J1' : 'A1:H1');
    }
    const requirements = workbook.getWorksheet('Requirements')!;
    expect(requirements.rowCount).toBe(3);
    expect(requirements.getRow(2).getCell(3).value).toBe('注册流程 sign-up, step "1"');
    expect(requirements.getRow(2).getCell(7).value).toBe(5);
  });

  it('leaves the Requirements sheet out when requirements are not included', async () => {
    const workbook = await readBack(
      await exportXlsx(exportFixture(), fixtureOptions({ includeRequirements: false }), fixtureLabels, names),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Initiatives']);
  });

  it('tints lane colours towards white', () => {
    expect(tint('#000000')).toBe('FFCCCCCC');
    expect(tint('#ffffff')).toBe('FFFFFFFF');
  });
});
