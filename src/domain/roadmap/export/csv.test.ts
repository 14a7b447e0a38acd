import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from '../../export/csv';
import { exportCsv } from './csv';
import { exportFixture, fixtureLabels, fixtureOptions, HOSTILE_TITLE } from './exportFixture';

/** A strict RFC 4180 reader, so the test checks the writer against the grammar, not against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += ch;
        i += 1;
      }
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (ch === '\r' || ch === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last row not terminated by CRLF');
  return rows;
}

describe('exportCsv', () => {
  const csv = exportCsv(exportFixture(), fixtureOptions(), fixtureLabels);

  it('starts with a UTF-8 byte order mark so Excel on Windows reads Chinese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('round-trips quotes, commas, newlines and Chinese through a strict RFC 4180 reader', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'Kind',
      'Lane',
      'Initiative',
      'Requirement',
      'Status',
      'Start',
      'End',
      'Horizon',
      'Milestone',
      'Progress',
      'Owner',
      'Priority',
      'Estimate',
    ]);
    expect(rows.every((row) => row.length === 13)).toBe(true);
    const onboarding = rows.find((row) => row[2] === '新用户引导 Onboarding' && row[0] === 'Initiative');
    expect(onboarding).toEqual([
      'Initiative',
      '增长 Growth',
      '新用户引导 Onboarding',
      '',
      'In progress',
      '2026-04-01',
      '2026-06-30',
      'Now',
      'No',
      '40%',
      '李雷',
      '',
      '',
    ]);
    const requirement = rows.find((row) => row[3] === '注册流程 sign-up, step "1"');
    expect(requirement?.slice(0, 5)).toEqual([
      'Requirement',
      '增长 Growth',
      '新用户引导 Onboarding',
      '注册流程 sign-up, step "1"',
      'Development',
    ]);
    expect(rows.some((row) => row[3] === "'@mention tour\nwith newline")).toBe(true);
    expect(rows.some((row) => row[1] === 'Platform | "core"')).toBe(true);
  });

  it('neutralises cells that would run as formulas', () => {
    const rows = parseCsv(csv.slice(1));
    const hostile = rows.find((row) => row[2] === `'${HOSTILE_TITLE}`);
    expect(hostile).toBeDefined();
    expect(hostile?.[10]).toBe("'-2+3");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const prefix of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${prefix}1`)).toBe(`'${prefix}1`);
    expect(neutraliseFormula('2026-04-01')).toBe('2026-04-01');
    expect(csvCell('\r\nx')).toBe(`"'\r\nx"`);
  });

  it('keeps the lane order, the date range and leaves unrelated requirements out', () => {
    const rows = parseCsv(csv.slice(1));
    const titles = rows.filter((row) => row[0] === 'Initiative').map((row) => row[2]);
    expect(titles).toEqual([
      '新用户引导 Onboarding',
      `'${HOSTILE_TITLE}`,
      'Launch 发布会',
      'Team sync "v2"',
      '全文搜索',
    ]);
    expect(csv).not.toContain('Not in range');
    expect(csv).not.toContain('not exported');
  });

  it('writes initiatives only when requirements are left out', () => {
    const rows = parseCsv(
      exportCsv(exportFixture(), fixtureOptions({ includeRequirements: false }), fixtureLabels).slice(1),
    );
    expect(rows[0]).toEqual([
      'Lane',
      'Initiative',
      'Status',
      'Start',
      'End',
      'Horizon',
      'Milestone',
      'Progress',
      'Owner',
    ]);
    expect(rows).toHaveLength(6);
    expect(rows[5]).toEqual(['Platform | "core"', '全文搜索', 'Planned', '', '', 'Later', 'No', '', '']);
  });
});
