// Files refused on the first step, before any mapping: empty, not text, not what the
// chosen format holds, or beyond what the app supports. Said in the PM's language.

/** What one import may hold: beyond this the page cannot stay responsive while writing. */
export const IMPORT_LIMITS = { maxBytes: 50 * 1024 * 1024, maxRows: 100_000 } as const;

export type RefusalCode = 'empty' | 'binary' | 'notTrello' | 'tooLarge' | 'tooManyRows' | 'noRows';
/** Why a JSON file is not a Trello export. */
export type NotTrelloReason = 'notJson' | 'notAnObject' | 'noListsOrCards';

export interface Refusal {
  code: RefusalCode;
  /** notTrello: a NotTrelloReason; tooManyRows: the row count; notJson may add ` line:column`. */
  detail: string;
}

const SAMPLE_BYTES = 64 * 1024;

function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0xfffd
  );
}

function decodes(sample: Uint8Array, label: string): string | null {
  try {
    // stream: a multi-byte character cut at the sample's end is not an error.
    return new TextDecoder(label, { fatal: true }).decode(sample, { stream: true });
  } catch {
    return null;
  }
}

/**
 * True for data that is not text: a NUL byte, bytes valid in neither UTF-8 nor
 * GB18030, or more than 1% control characters in the first 64 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  const text = decodes(sample, 'utf-8') ?? decodes(sample, 'gb18030');
  if (text === null) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls > Math.max(2, text.length * 0.01);
}

/** The refusal a file gets before it is decoded, or null. */
export function refuseBytes(bytes: Uint8Array): Refusal | null {
  if (bytes.length > IMPORT_LIMITS.maxBytes) return { code: 'tooLarge', detail: String(bytes.length) };
  if (looksBinary(bytes)) return { code: 'binary', detail: '' };
  return null;
}

/** `line:column` of a JSON syntax error, when the engine says where it is. */
function jsonErrorPlace(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = json.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `${line}:${before.length - before.lastIndexOf('\n')}`;
}

/** Why `json` is not a Trello board export, or null when it looks like one. */
export function refuseTrello(json: string): Refusal | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const place = jsonErrorPlace(json, error);
    return { code: 'notTrello', detail: place ? `notJson ${place}` : 'notJson' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { code: 'notTrello', detail: 'notAnObject' };
  const board = raw as Record<string, unknown>;
  if (!Array.isArray(board.lists) || !Array.isArray(board.cards))
    return { code: 'notTrello', detail: 'noListsOrCards' };
  if (board.cards.length > IMPORT_LIMITS.maxRows) return { code: 'tooManyRows', detail: String(board.cards.length) };
  return null;
}
