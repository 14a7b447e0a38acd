// How one product lives in its Y.Doc (shared with the sync server and every client, so keep it
// stable): a Y.Map per product table, keyed by row id, each row a Y.Map of its fields (so two
// people editing different fields both keep theirs) but the implied ones (IMPLIED, DEFAULTS below);
// the product row in the `product` Y.Map; the
// event log in one append-only Y.Array per month, `events:YYYY-MM`; ids removed for good in the
// `purged` Y.Map (`<table>/<id>` → when), so no client ever brings such a row back.
import * as Y from 'yjs';
import { equalityDeep } from 'lib0/function';
import { BACKUP_TABLES, ROW_SCHEMAS, type BackupTableName } from '../../domain/backup/format';
import type { CairnEvent } from '../../domain/types';
import { requirementDefaults } from '../../domain/rows/requirement';

export type SyncedTable = Exclude<BackupTableName, 'products' | 'events'>;

/**
 * Dexie tables whose rows belong to one product: those a backup carries, but the product row and
 * the events, which the doc holds in their own shape. Snapshots and meta are this device's own.
 */
export const SYNCED_TABLES: readonly SyncedTable[] = BACKUP_TABLES.filter(
  (table): table is SyncedTable => table !== 'products' && table !== 'events',
);

export const PRODUCT_MAP = 'product';
export const PURGED_MAP = 'purged';
const EVENTS_PREFIX = 'events:';

export type Row = Record<string, unknown>;

/**
 * Fields stored as ONE value, so concurrent moves converge to one whole place (a card never
 * ends up with one person's stage and the other's rank).
 */
const PLACES: Partial<Record<SyncedTable, { key: string; fields: readonly string[] }>> = {
  requirements: { key: 'position', fields: ['stageId', 'rank'] },
  initiatives: { key: 'position', fields: ['laneId', 'rank'] },
};

/**
 * A field a row was created with at its default value is left out of the doc, and reads back as
 * that default: most of a requirement's 33 fields start empty, and each stored field is one Yjs
 * item held in memory on every client (issue 15: the heap with sync on). Only ever left out, never
 * deleted: a field once set stays set, so every merge works as if the default had been written.
 * Stored rows mean these values for good: docLayout.test.ts pins them.
 */
const DEFAULTS: Partial<Record<SyncedTable, () => Row>> = {
  requirements: requirementDefaults as () => Row,
};
const DEFAULT_VALUES = new Map(Object.entries(DEFAULTS).map(([table, make]) => [table, make()]));

/** True when `value` is what the doc reads for `key` of a row that lacks it. */
export function isDocDefault(table: SyncedTable | 'products', key: string, value: unknown): boolean {
  const defaults = DEFAULT_VALUES.get(table);
  return defaults !== undefined && key in defaults && equalityDeep(defaults[key], value);
}

export function schemaOf(table: SyncedTable | 'products' | 'events') {
  return ROW_SCHEMAS[table];
}

/** The doc's field for a row's field: a place field maps to its place key. */
export function docKeyOf(table: SyncedTable | 'products', field: string): string {
  const place = table === 'products' ? undefined : PLACES[table];
  return place?.fields.includes(field) ? place.key : field;
}

/**
 * Fields a product table's row does not store: its id is its key in the table's map, its product
 * the doc's own (a row written by an older client that stores them is still read and checked).
 */
const IMPLIED: readonly string[] = ['id', 'productId'];

/** A row's fields as the doc stores them (values are plain data, each replaced whole). */
export function encodeRow(table: SyncedTable | 'products', row: Row): Map<string, unknown> {
  const place = table === 'products' ? undefined : PLACES[table];
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined || place?.fields.includes(key)) continue;
    if (table !== 'products' && IMPLIED.includes(key)) continue;
    fields.set(key, value);
  }
  if (place) fields.set(place.key, Object.fromEntries(place.fields.map((field) => [field, row[field]])));
  return fields;
}

/** A row as Dexie holds it: `owner` is its key in the table's map and the doc's product. */
export function decodeRow(table: SyncedTable, yRow: Y.Map<unknown>, owner: { id: string; productId: string }): Row {
  return readFields(table, yRow, { id: owner.id, productId: owner.productId, ...DEFAULTS[table]?.() });
}

export function decodeProduct(yRow: Y.Map<unknown>): Row {
  return readFields('products', yRow, {});
}

function readFields(table: SyncedTable | 'products', yRow: Y.Map<unknown>, row: Row): Row {
  const place = table === 'products' ? undefined : PLACES[table];
  for (const [key, value] of yRow.entries()) {
    if (place && key === place.key) {
      // Only the place's own fields: a position from a faulty client must not overwrite others.
      if (typeof value === 'object' && value !== null)
        for (const field of place.fields) row[field] = (value as Row)[field];
    } else {
      row[key] = value;
    }
  }
  return row;
}

/** A table's rows; an entry that is not a Y.Map came from a faulty client (the mirror rejects it). */
export function tableMap(doc: Y.Doc, table: SyncedTable): Y.Map<unknown> {
  return doc.getMap<unknown>(table);
}

/** The row stored under `id`, if it is one. */
export function rowMap(doc: Y.Doc, table: SyncedTable, id: string): Y.Map<unknown> | undefined {
  const value = tableMap(doc, table).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

export function productMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PRODUCT_MAP);
}

/** The purge record: `<table>/<id>` → the purge time (ISO-8601). Entries are only ever added. */
export function purgedMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PURGED_MAP);
}

export function purgedKey(table: SyncedTable, id: string): string {
  return `${table}/${id}`;
}

/** The table and id a purge record names; null for a key no client of this layout writes. */
export function parsePurgedKey(key: string): { table: SyncedTable; id: string } | null {
  const slash = key.indexOf('/');
  const table = key.slice(0, slash);
  const id = key.slice(slash + 1);
  return slash > 0 && id !== '' && (SYNCED_TABLES as readonly string[]).includes(table)
    ? { table: table as SyncedTable, id }
    : null;
}

export function isPurged(doc: Y.Doc, table: SyncedTable, id: string): boolean {
  return purgedMap(doc).has(purgedKey(table, id));
}

export function eventsArrayName(event: Pick<CairnEvent, 'at'>): string {
  return `${EVENTS_PREFIX}${event.at.slice(0, 7)}`;
}

/** Every month's event array in the doc, including months that arrived from another client. */
export function eventArrays(doc: Y.Doc): Y.Array<unknown>[] {
  return [...doc.share.keys()]
    .filter((name) => name.startsWith(EVENTS_PREFIX))
    .map((name) => doc.getArray<unknown>(name));
}

/** The month arrays a transaction appended to (a new month arrives as a not-yet-typed top-level entry). */
export function eventArraysChangedBy(doc: Y.Doc, transaction: Y.Transaction): Y.Array<unknown>[] {
  const names: string[] = [];
  for (const [name, type] of doc.share) {
    if (name.startsWith(EVENTS_PREFIX) && transaction.changed.has(type)) names.push(name);
  }
  return names.map((name) => doc.getArray<unknown>(name));
}
