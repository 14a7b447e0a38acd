// The roadmap's nouns. Shared contract between the roadmap views (features/roadmap)
// and the exporters (domain/roadmap/export, features/roadmap/export).
import { z } from 'zod/mini';
import { dayString } from '../types';

export const HORIZONS = ['now', 'next', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const INITIATIVE_STATUSES = ['planned', 'in-progress', 'at-risk', 'done', 'cancelled'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));

const rowBase = {
  id: z.string().check(z.minLength(1)),
  productId: z.string().check(z.minLength(1)),
  createdAt: z.string().check(z.minLength(1)),
  updatedAt: z.string().check(z.minLength(1)),
  version: z.int().check(z.nonnegative()),
};

/** A theme the PM defines: a row of the timeline. */
export const laneSchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  color: hexColor,
  rank: z.string().check(z.minLength(1)),
  deleted: z.boolean(),
});
export type Lane = z.infer<typeof laneSchema>;

/**
 * A roadmap item. Either dated (start and end; a milestone has start === end)
 * or only on a horizon (start and end null, horizon set). A dated initiative's
 * horizon is derived from its dates, so `horizon` is only authoritative when
 * it has no dates.
 */
export const initiativeSchema = z.object({
  ...rowBase,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  description: z.string().check(z.maxLength(20_000)),
  laneId: z.string().check(z.minLength(1)),
  start: z.nullable(dayString),
  end: z.nullable(dayString),
  horizon: z.nullable(z.enum(HORIZONS)),
  milestone: z.boolean(),
  status: z.enum(INITIATIVE_STATUSES),
  ownerId: z.nullable(z.string()),
  /** null: the lane's colour. */
  color: z.nullable(hexColor),
  rank: z.string().check(z.minLength(1)),
  deleted: z.boolean(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** Derived, never stored: share of linked requirements that reached Released or Review. */
export interface InitiativeProgress {
  total: number;
  done: number;
  /** 0..1 by count; null when nothing is linked. */
  byCount: number | null;
  /** 0..1 by estimate; null when no linked requirement has an estimate. */
  byEstimate: number | null;
}

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'xlsx', 'csv', 'md', 'ics', 'json', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** Inclusive day range; initiatives overlapping it are exported (undated ones always are). */
  from: string;
  to: string;
  /** Lanes to include, in display order. */
  laneIds: string[];
  includeRequirements: boolean;
  theme: 'light' | 'dark';
  /** PDF only. */
  paper: 'a4' | 'a3';
  zoom: 'month' | 'quarter' | 'half';
  locale: 'en' | 'zh-CN';
}

/** Everything an exporter needs, already resolved (names, not ids): exporters never read the database. */
export interface RoadmapExportData {
  product: { id: string; name: string };
  /** ISO timestamp of the export, and the day used for the today line. */
  generatedAt: string;
  today: string;
  lanes: { id: string; name: string; color: string }[];
  initiatives: {
    id: string;
    laneId: string;
    title: string;
    description: string;
    start: string | null;
    end: string | null;
    /** Stored horizon for undated items, derived from dates for dated ones. */
    horizon: Horizon;
    milestone: boolean;
    status: InitiativeStatus;
    owner: string | null;
    color: string;
    progress: InitiativeProgress;
  }[];
  requirements: {
    id: string;
    initiativeId: string;
    title: string;
    stage: string;
    priority: string;
    owner: string | null;
    estimate: number | null;
    done: boolean;
  }[];
}
