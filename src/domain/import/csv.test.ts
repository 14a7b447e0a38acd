import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';
import { decodeBytes, detectEncoding } from './encoding';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain fields, LF and CRLF', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\n').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads a bare CR as a record end and keeps a last record without newline', () => {
    expect(parseCsv('a,b\r1,2').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps delimiters, escaped quotes and newlines inside quoted fields', () => {
    const table = parseCsv('t,d\n"x, y","say ""hi""\nline 2\r\nline 3"\nnext,\n');
    expect(table.records).toEqual([
      ['t', 'd'],
      ['x, y', 'say "hi"\nline 2\r\nline 3'],
      ['next', ''],
    ]);
    expect(table.lines).toEqual([1, 2, 5]);
  });

  it('keeps empty fields and empty quoted fields', () => {
    expect(parseCsv(',"",\n').records).toEqual([['', '', '']]);
  });

  it('reports an unterminated quote with the line it opened on', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\nstill\n');
    expect(table.unterminatedQuoteLine).toBe(3);
  });

  it('reads a file that mixes LF, CRLF and CR line ends, counting each once for line numbers', () => {
    const table = parseCsv('a,b\n1,"x\r\ny"\r\n2,z\r3,"p\rq\nr"\n4,w');
    expect(table.records).toEqual([
      ['a', 'b'],
      ['1', 'x\r\ny'],
      ['2', 'z'],
      ['3', 'p\rq\nr'],
      ['4', 'w'],
    ]);
    expect(table.lines).toEqual([1, 2, 4, 5, 8]);
  });

  it('keeps text after a closing quote, a quote inside an unquoted field, and a delimiter at the very end', () => {
    expect(parseCsv('"a"b,c"d\nx,').records).toEqual([
      ['ab', 'c"d'],
      ['x', ''],
    ]);
  });

  it('reads TSV and semicolon files with the detected delimiter', () => {
    expect(detectDelimiter('Title\tStage\nx\ty')).toBe('\t');
    expect(detectDelimiter('Title;Stage;Due\n')).toBe(';');
    expect(detectDelimiter('Title,Stage\n')).toBe(',');
    expect(parseCsv('a\tb\n"1\t2"\t3\n', '\t').records).toEqual([
      ['a', 'b'],
      ['1\t2', '3'],
    ]);
  });

  it('reads the real Jira export: 71 issues of 58 fields each', () => {
    const { text, bom } = decodeBytes(new Uint8Array(readFileSync('e2e/fixtures/jira-pdp-scrum-en.csv')));
    expect(bom).toBe(true);
    const table = parseCsv(text);
    expect(table.unterminatedQuoteLine).toBeNull();
    expect(table.records).toHaveLength(72);
    expect(table.records.every((r) => r.length === 58)).toBe(true);
    expect(table.records[0]?.[0]).toBe('Summary');
  });
});

describe('encodings', () => {
  const gbk = new Uint8Array([
    0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xbd, 0xd7, 0xb6, 0xce, 0x0a, 0xb5, 0xc7, 0xc2, 0xbc, 0x2c, 0xbf, 0xaa, 0xb7, 0xa2,
    0x0a,
  ]);

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('标题,阶段\n')]);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(decodeBytes(bytes)).toEqual({ text: '标题,阶段\n', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    const bytes = new TextEncoder().encode('Título,Jakub Tříska\n');
    expect(decodeBytes(bytes)).toEqual({ text: 'Título,Jakub Tříska\n', encoding: 'utf-8', bom: false });
  });

  it('detects GBK (Excel on Chinese Windows) and decodes it as GB18030', () => {
    expect(detectEncoding(gbk)).toBe('gb18030');
    expect(decodeBytes(gbk).text).toBe('标题,阶段\n登录,开发\n');
  });

  it('decodes with the encoding the person chose', () => {
    expect(decodeBytes(gbk, 'utf-8').text).toContain('\ufffd');
    expect(decodeBytes(new TextEncoder().encode('ok'), 'gb18030').text).toBe('ok');
  });
});
