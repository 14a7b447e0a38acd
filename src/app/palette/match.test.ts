import { describe, expect, it } from 'vitest';
import { matchCommands } from './match';

const items = [
  { id: 'export', texts: ['Export the roadmap', '导出路线图'] },
  { id: 'roadmap', texts: ['Go to the roadmap', '前往路线图'] },
  { id: 'undo', texts: ['Undo the last change', '撤销上一步修改'] },
];
const ids = (query: string) => matchCommands(items, query, (i) => i.texts).map((i) => i.id);

describe('matchCommands', () => {
  it('keeps every command for an empty query, in list order', () => {
    expect(ids('  ')).toEqual(['export', 'roadmap', 'undo']);
  });

  it('needs every word, in any order and case', () => {
    expect(ids('ROADMAP')).toEqual(['export', 'roadmap']);
    expect(ids('roadmap export')).toEqual(['export']);
    expect(ids('export undo')).toEqual([]);
  });

  it('finds a command by its label in the other language', () => {
    expect(ids('导出')).toEqual(['export']);
    expect(ids('撤销')).toEqual(['undo']);
  });
});
