// New products and the rows of a product's set-up: members, tag colours (stages: stage.ts).
import { defaultProductSettings, type Env, type Member, type Product, type Tag } from '../types';
import { buildRow, type NewRow } from './stamp';

/** A product belongs to itself (productId === id), so it takes an optional id instead of a productId. */
export function newProduct(env: Env, fields: Omit<NewRow<Product, 'name'>, 'productId'>): Product {
  const id = fields.id ?? env.newId();
  return buildRow<Product>(
    env,
    { deleted: false, settings: defaultProductSettings() },
    { ...fields, id, productId: id },
  );
}

export function newMember(env: Env, fields: NewRow<Member, 'productId' | 'name' | 'role'>): Member {
  return buildRow<Member>(env, { deleted: false }, fields);
}

export function newTag(env: Env, fields: NewRow<Tag, 'productId' | 'name' | 'color'>): Tag {
  return buildRow<Tag>(env, {}, fields);
}
