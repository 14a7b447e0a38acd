import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './csv';
import { detectSource } from './detect';
import { decodeBytes } from './encoding';
import { buildGenericPlan, guessMapping } from './generic';
import { countPlan, defaultMapping, hasBlockingProblems } from './plan';
import { readTable } from './table';

const plan = (text: string) => {
  const table = readTable(text, detectDelimiter(text));
  return buildGenericPlan(table, guessMapping(table.headers), 'Sheet');
};

describe('generic CSV/TSV', () => {
  it('guesses the mapping from English and Chinese headers', () => {
    expect(guessMapping(['Title', 'Status', 'Priority', 'Tags', 'Due', 'Whatever'])).toEqual([
      'title',
      'stage',
      'priority',
      'tags',
      'dueDate',
      'ignore',
    ]);
    expect(guessMapping(['标题', '描述', '阶段', '负责人', '截止日期', '标签'])).toEqual([
      'title',
      'description',
      'stage',
      'owner',
      'dueDate',
      'tags',
    ]);
  });

  it('builds requirements, stages and members from a TSV', () => {
    const p = plan(
      'Title\tStatus\tPriority\tTags\tDue\tOwner\tEstimate\nLogin\tDone\tHigh\tauth, web\t2026-05-01\tAna\t3\nExport\t\tP0\t\t\t\t\n',
    );
    expect(p.problems).toEqual([]);
    expect(countPlan(p)).toMatchObject({ requirements: 2, stages: 2, members: 1 });
    expect(p.requirements[0]).toMatchObject({
      title: 'Login',
      stageKey: 'Done',
      priority: 'High',
      tags: ['auth', 'web'],
      dueDate: '2026-05-01',
      ownerKey: 'Ana',
      estimate: 3,
    });
    expect(defaultMapping(p).priorities).toEqual({ High: 'P1', P0: 'P0' });
    expect(defaultMapping(p).stages).toEqual({ Done: 'default:released', '': 'default:inbox' });
  });

  it('reads a GBK file written by Excel on Chinese Windows', () => {
    const gbk = new Uint8Array([
      0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xbd, 0xd7, 0xb6, 0xce, 0x0a, 0xb5, 0xc7, 0xc2, 0xbc, 0x2c, 0xbf, 0xaa, 0xb7, 0xa2,
      0x0a,
    ]);
    const p = plan(decodeBytes(gbk).text);
    expect(p.requirements.map((r) => [r.title, r.stageKey])).toEqual([['登录', '开发']]);
    expect(defaultMapping(p).stages).toEqual({ 开发: 'default:development' });
  });

  it('lists every problem with its line and blocks the import', () => {
    const p = plan('Title,Due,Estimate\nA,2026-02-30,1\n,2026-01-01,\nC,2026-01-01,many\n');
    expect(p.problems.map((x) => `${x.where}: ${x.code}`)).toEqual([
      'line 2, Due: notADate',
      'line 3, Title: missingTitle',
      'line 4, Estimate: notANumber',
    ]);
    expect(hasBlockingProblems(p)).toBe(true);
  });

  it('needs a title column', () => {
    const p = plan('Foo,Bar\n1,2\n');
    expect(p.problems.map((x) => x.code)).toEqual(['noTitleColumn']);
  });

  it('reports an unterminated quote and short rows with their lines', () => {
    const p = plan('Title,Notes\nA\n"B,open\n');
    expect(p.problems.map((x) => `${x.where}: ${x.code}`)).toEqual([
      'line 3: unterminatedQuote',
      'line 2: fieldCount',
      'line 3: fieldCount',
    ]);
  });
});

describe('detectSource', () => {
  it('tells Trello JSON, Jira CSV and other CSV apart', () => {
    expect(detectSource('board.json', readFileSync('e2e/fixtures/trello-how-goes-it-en.json', 'utf8'))).toBe('trello');
    expect(
      detectSource('Jira.csv', decodeBytes(new Uint8Array(readFileSync('e2e/fixtures/jira-pdp-scrum-en.csv'))).text),
    ).toBe('jira');
    expect(detectSource('list.csv', 'Title,Stage\nA,B\n')).toBe('csv');
  });
});
