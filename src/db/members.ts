// Adding, editing, removing and restoring a product's members (issue 18). Removal is a soft
// delete: requirements keep pointing at the member, and the UI names them "(removed)".
import { newMember } from '../domain/rows/product';
import type { Env, Member, MemberRole } from '../domain/types';
import { CairnWriteError } from '../domain/errors';
import type { CairnDatabase } from './database';
import { assertFound, checkVersion, eventsFor } from './writePath';

/** What an edit may change; undo writes the other side back, `deleted` included. */
export interface MemberPatch {
  name?: string;
  role?: MemberRole;
  deleted?: boolean;
}

/** The form a name is compared in: two members of a product may not share it. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase();

export function createMemberRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  function checkName(name: string): string {
    const trimmed = name.trim();
    if (!trimmed) throw new CairnWriteError('invalidInput', 'A member needs a name', { problem: 'emptyName' });
    if (trimmed.length > 100)
      throw new CairnWriteError('invalidInput', 'A member’s name has at most 100 characters', {
        problem: 'longName',
      });
    return trimmed;
  }

  /**
   * Names are unique among the product's current members, ignoring case: an owner picker with
   * two "Alex" cannot be told apart. A removed member's name is free again; restoring them while
   * someone else holds it is refused the same way.
   */
  async function assertNameFree(productId: string, name: string, exceptId?: string): Promise<void> {
    const rows = await db.members.where('productId').equals(productId).toArray();
    const taken = rows.find((m) => !m.deleted && m.id !== exceptId && nameKey(m.name) === nameKey(name));
    if (taken)
      throw new CairnWriteError('invalidInput', `A member named “${taken.name}” already exists`, {
        problem: 'duplicateName',
        name: taken.name,
      });
  }

  return {
    async createMember(productId: string, name: string, role: MemberRole): Promise<Member> {
      const trimmed = checkName(name);
      return db.transaction('rw', db.products, db.members, db.events, async () => {
        assertFound(await db.products.get(productId), `Product ${productId} does not exist`);
        await assertNameFree(productId, trimmed);
        const member = newMember(env, { productId, name: trimmed, role });
        await db.members.add(member);
        await db.events.add(event(productId, member.id, 'member.created', { name: trimmed, role }));
        return member;
      });
    },

    /**
     * Renames, changes the role of, removes (`deleted: true`) or restores a member, in one
     * transaction with its event. `guard.ifVersion` (undo, redo): only if nobody changed the
     * member since. A patch that changes nothing writes nothing.
     */
    async editMember(id: string, patch: MemberPatch, guard?: { ifVersion?: number }): Promise<Member> {
      const name = patch.name === undefined ? undefined : checkName(patch.name);
      return db.transaction('rw', db.members, db.events, async () => {
        const member = await db.members.get(id);
        assertFound(member, `Member ${id} does not exist`);
        checkVersion(member, guard, member.name, `Member “${member.name}” changed since`);
        const next: Member = {
          ...member,
          ...(name === undefined ? {} : { name }),
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...(patch.deleted === undefined ? {} : { deleted: patch.deleted }),
        };
        const changes = (['name', 'role', 'deleted'] as const).filter((k) => next[k] !== member[k]);
        if (changes.length === 0) return member;
        if (!next.deleted && (changes.includes('name') || changes.includes('deleted')))
          await assertNameFree(member.productId, next.name, id);
        const saved = { ...next, updatedAt: env.now(), version: member.version + 1 };
        await db.members.put(saved);
        const data = Object.fromEntries(changes.map((k) => [k, { from: member[k], to: next[k] }]));
        await db.events.add(event(member.productId, id, 'member.edited', data));
        return saved;
      });
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;
