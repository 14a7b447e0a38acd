// Why a backup file cannot be restored. Each problem names where it is (table,
// row index and id, field); `message` is the English text for tests and logs,
// the UI translates `code` with `params`.

export type BackupProblemCode =
  | 'tooLarge'
  | 'notJson'
  | 'notBackup'
  | 'futureFormat'
  | 'futureSchema'
  | 'badEnvelope'
  | 'tooManyRows'
  | 'badRow'
  | 'duplicateId'
  | 'unknownProduct'
  | 'productNotSelf'
  | 'notStageOfProduct'
  | 'notLaneOfProduct'
  | 'notInitiativeOfProduct'
  | 'notIterationOfProduct';

export type BackupProblemParams = Record<string, string | number>;

export interface BackupProblem {
  code: BackupProblemCode;
  params: BackupProblemParams;
  message: string;
}

const ENGLISH: Record<BackupProblemCode, string> = {
  tooLarge: 'the file is {size} bytes; backups over {limit} bytes are refused',
  notJson: 'the file is not valid JSON ({detail})',
  notBackup: 'the file is not a Cairn backup (no "format": "cairn-backup")',
  futureFormat:
    'the file has backup format version {version}; this Cairn reads up to version {supported}: update Cairn first',
  futureSchema:
    'the file was made by a newer Cairn (database version {version}; this one is {supported}): update Cairn first',
  badEnvelope: '{field}: {detail}',
  tooManyRows: 'the file has {count} rows; backups over {limit} rows are refused',
  badRow: '{where}: {field}: {detail}',
  duplicateId: '{where}: id {id} appears more than once',
  unknownProduct: "{where}: productId '{value}' is not a product in this file",
  productNotSelf: "{where}: productId '{value}' should equal the product's own id",
  notStageOfProduct: "{where}: stageId '{value}' is not a stage of product '{productId}'",
  notLaneOfProduct: "{where}: laneId '{value}' is not a lane of product '{productId}'",
  notInitiativeOfProduct: "{where}: initiativeId '{value}' is not an initiative of product '{productId}'",
  notIterationOfProduct: "{where}: iterationId '{value}' is not an iteration of product '{productId}'",
};

export function problem(code: BackupProblemCode, params: BackupProblemParams = {}): BackupProblem {
  const message = ENGLISH[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return { code, params, message };
}

/** "requirements[12] (id abc)": the row as a person finds it in the file. */
export function rowLabel(table: string, index: number, id: unknown): string {
  return typeof id === 'string' && id ? `${table}[${index}] (id ${id})` : `${table}[${index}]`;
}

/** Stops collecting after this many: a wholly wrong file would otherwise list every row. */
export const MAX_PROBLEMS = 1_000;
