// New description templates and saved views.
import type { Template } from '../templates/types';
import type { Env } from '../types';
import type { SavedView } from '../views/types';
import { buildRow, type NewRow } from './stamp';

export function newTemplate(
  env: Env,
  fields: NewRow<Template, 'productId' | 'kind' | 'name' | 'body' | 'rank'>,
): Template {
  return buildRow<Template>(env, { deleted: false }, fields);
}

export function newSavedView(env: Env, fields: NewRow<SavedView, 'productId' | 'name' | 'query'>): SavedView {
  return buildRow<SavedView>(env, { deleted: false }, fields);
}
