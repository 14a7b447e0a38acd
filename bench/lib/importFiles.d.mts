// Types for the end-to-end tests, which import the bench's file generators.
export const JIRA_COLUMNS: number;
export function jiraCsv(rows: number): string;
export function jiraCsvCounts(rows: number): { requirements: number; initiatives: number };
export function trelloJson(cards: number): string;
export function genericCsv(rows: number): string;
