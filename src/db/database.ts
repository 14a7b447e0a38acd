import Dexie, { type Table } from 'dexie';
import type { Initiative, Lane } from '../domain/roadmap/types';
import type { CairnEvent, Member, Product, Requirement, Stage, Tag } from '../domain/types';
import { applyVersion1 } from './migrations/0001-initial';
import { applyVersion2 } from './migrations/0002-roadmap';
import { applyVersion3 } from './migrations/0003-import';

/** App-level facts that belong to no product (e.g. whether the demo was seeded). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export class CairnDatabase extends Dexie {
  products!: Table<Product, string>;
  stages!: Table<Stage, string>;
  requirements!: Table<Requirement, string>;
  members!: Table<Member, string>;
  events!: Table<CairnEvent, string>;
  meta!: Table<MetaRow, string>;
  lanes!: Table<Lane, string>;
  initiatives!: Table<Initiative, string>;
  tags!: Table<Tag, string>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Never delete a version that has an upgrade: databases in the wild may still be on it.
    applyVersion1(this);
    applyVersion2(this);
    applyVersion3(this);
  }
}

export const DEFAULT_DB_NAME = 'cairn';
