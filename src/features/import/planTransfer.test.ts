import { describe, expect, it } from 'vitest';
import { buildGenericPlan, guessMapping } from '../../domain/import/generic';
import { parseCsv } from '../../domain/import/csv';
import { toTable } from '../../domain/import/table';
import { CHUNK, packPlan, unpackRequirements } from './planTransfer';

function csvPlan(rows: number) {
  const lines = [
    'Title,Status,Notes',
    ...Array.from(
      { length: rows },
      (_, i) => `"Row ${i}, quoted","${i % 4 === 0 ? 'Done' : 'Backlog'}","line one\nline two"`,
    ),
  ];
  const table = toTable(parseCsv(lines.join('\r\n')));
  return buildGenericPlan(table, guessMapping(table.headers), 'rows');
}

describe('plan transfer from the import worker', () => {
  it('packs 2,345 requirements into 5 chunks and unpacks exactly them, in order, with the preview counts', async () => {
    const plan = csvPlan(2_345);
    const { plan: shell, packed } = packPlan(plan);
    expect(shell.requirements).toEqual([]);
    expect(shell.stages).toEqual(plan.stages);
    expect(packed.ends).toHaveLength(Math.ceil(2_345 / CHUNK));
    expect(packed.ends.at(-1)).toBe(packed.bytes.byteLength);
    expect(packed.counts).toMatchObject({ requirements: 2_345, stages: 2 });
    const requirements = await unpackRequirements(packed);
    expect(requirements).toHaveLength(2_345);
    expect(requirements).toEqual(plan.requirements);
  });

  it('stops between chunks when the PM cancels, with the cancel reason', async () => {
    const { packed } = packPlan(csvPlan(1_200));
    const cancel = new AbortController();
    const unpacking = unpackRequirements(packed, cancel.signal);
    cancel.abort(new Error('cancelled'));
    await expect(unpacking).rejects.toThrow('cancelled');
  });

  it('refuses rows that are not the count the preview showed, or not requirements', async () => {
    const { packed } = packPlan(csvPlan(10));
    await expect(unpackRequirements({ ...packed, counts: { ...packed.counts, requirements: 11 } })).rejects.toThrow(
      'holds 10 requirements, not the 11 previewed',
    );
    const notAList = new TextEncoder().encode('{"title":"not a list"}');
    await expect(unpackRequirements({ ...packed, bytes: notAList.buffer, ends: [notAList.length] })).rejects.toThrow(
      'not a list',
    );
  });
});
