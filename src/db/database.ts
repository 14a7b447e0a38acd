import Dexie, { type Table } from 'dexie';
import type { Initiative, Lane } from '../domain/roadmap/types';
import type { CairnEvent, Member, Product, Requirement, Stage, Tag } from '../domain/types';
import { applyVersion1 } from './migrations/0001-initial';
import { applyVersion2 } from './migrations/0002-roadmap';
import { applyVersion3 } from './migrations/0003-import';
import { applyVersion4 } from './migrations/0004-workspace';
import { applyVersion5 } from './migrations/0005-gates-review';
import { applyVersion6 } from './migrations/0006-drop-updated-index';
import { applyVersion7 } from './migrations/0007-drop-product-index';
import type { Capability, Competitor } from '../domain/competitors/types';
import type { Feedback } from '../domain/feedback/types';
import type { Iteration } from '../domain/iterations/types';
import type { Snapshot } from '../domain/snapshots/types';
import type { Template } from '../domain/templates/types';
import type { SavedView } from '../domain/views/types';

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
  iterations!: Table<Iteration, string>;
  feedback!: Table<Feedback, string>;
  competitors!: Table<Competitor, string>;
  capabilities!: Table<Capability, string>;
  templates!: Table<Template, string>;
  savedViews!: Table<SavedView, string>;
  snapshots!: Table<Snapshot, string>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Never delete a version that has an upgrade: databases in the wild may still be on it.
    applyVersion1(this);
    applyVersion2(this);
    applyVersion3(this);
    applyVersion4(this);
    applyVersion5(this);
    applyVersion6(this);
    applyVersion7(this);
  }
}

export const DEFAULT_DB_NAME = 'cairn';
/** The newest version applied above; upgrade tests expect a database to reach it. */
export const SCHEMA_VERSION = 7;
