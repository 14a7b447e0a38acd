import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { IMPORT_LIMITS, looksBinary } from './refusal';

const read = (content: string | Uint8Array, fileName: string, source: 'trello' | 'csv' | null = null) =>
  analyse(typeof content === 'string' ? new TextEncoder().encode(content) : content, {
    fileName,
    source,
    encoding: 'auto',
  }).analysis;

/** Deterministic "random" bytes, as a zip or an image renamed .csv would hold. */
function noise(length: number, withNul: boolean): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
    if (!withNul && out[i] === 0) out[i] = 1;
  }
  return out;
}

describe('files refused on the first step', () => {
  it.each([
    ['a 0-byte JSON', '', 'board.json'],
    ['a whitespace-only JSON', '  \n\t \r\n', 'board.json'],
    ['a 0-byte CSV', '', 'backlog.csv'],
    ['a whitespace-only CSV', '\n\n   \n', 'backlog.csv'],
  ])('%s is empty, with nothing to map', (_, content, fileName) => {
    const analysis = read(content, fileName);
    expect(analysis.refusal).toEqual({ code: 'empty', detail: '' });
    expect(analysis.plan.requirements).toEqual([]);
  });

  it('a JSON that is not JSON is refused as not a Trello export, not with the parser’s words', () => {
    // The line:column follows when the engine's message names a position (V8 does not always).
    expect(read('{\n  "lists": [,]\n}', 'board.json').refusal?.detail).toMatch(/^notJson( \d+:\d+)?$/);
    expect(read('{"lists": [], "cards": [', 'board.json').refusal?.code).toBe('notTrello');
  });

  it.each([
    ['an array', '[1, 2]', 'notAnObject'],
    ['a number', '42', 'notAnObject'],
    ['an object without lists and cards', '{"name": "Backup", "products": []}', 'noListsOrCards'],
  ])('a JSON holding %s is not a Trello export', (_, json, reason) => {
    expect(read(json, 'board.json', 'trello').refusal).toEqual({ code: 'notTrello', detail: reason });
  });

  it('binary data renamed .csv is refused, with or without NUL bytes', () => {
    expect(read(noise(4096, true), 'data.csv').refusal).toEqual({ code: 'binary', detail: '' });
    expect(read(noise(4096, false), 'data.csv').refusal).toEqual({ code: 'binary', detail: '' });
  });

  it('text with a few control characters, UTF-8 and GBK text are not binary', () => {
    expect(looksBinary(new TextEncoder().encode(`Title,Note\nLogin,${'x'.repeat(500)}\u0007\n`))).toBe(false);
    expect(looksBinary(new Uint8Array([0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xbd, 0xd7, 0xb6, 0xce, 0x0a]))).toBe(false);
    expect(looksBinary(new TextEncoder().encode('标题,阶段\n登录,开发\n'))).toBe(false);
  });

  it('a CSV with a header and no rows is refused', () => {
    expect(read('Title,Stage\n\n', 'backlog.csv').refusal).toEqual({ code: 'noRows', detail: '' });
  });

  it(`more than ${IMPORT_LIMITS.maxRows} rows are refused with the count`, () => {
    const csv = `Title\n${'x\n'.repeat(IMPORT_LIMITS.maxRows + 1)}`;
    expect(read(csv, 'big.csv').refusal).toEqual({ code: 'tooManyRows', detail: String(IMPORT_LIMITS.maxRows + 1) });
  });

  it('a file over the size limit is refused before it is decoded', () => {
    const big = new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(0x41);
    expect(read(big, 'big.csv').refusal).toEqual({ code: 'tooLarge', detail: String(IMPORT_LIMITS.maxBytes + 1) });
  });

  it('a good file is not refused', () => {
    expect(read('Title\nLogin\n', 'backlog.csv').refusal).toBeNull();
  });
});
