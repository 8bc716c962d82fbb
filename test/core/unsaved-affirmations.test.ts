import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, edit, isWrite, parseOwnAffirmations, remove, type OwnAffirmation, type OwnAffirmationChange } from '../../src/core/own-affirmations';
import type { ItemWrite } from '../../src/core/preferences-area';
import { forgetStored, keepRefused, splitUnsavedRemovals, unsavedItems, type UnsavedAffirmations } from '../../src/core/unsaved-affirmations';

type Items = Record<string, unknown>;
type Unsaved = UnsavedAffirmations<'no-room'>;

const rest: OwnAffirmation = { id: 'affirmation.aaaaaaaa', text: 'I can rest.', order: 1 };
const enough: OwnAffirmation = { id: 'affirmation.bbbbbbbb', text: 'I am doing enough.', order: 2 };
const write = (set: Items, removed: string[] = []): ItemWrite => ({ set, remove: removed });

function written(change: OwnAffirmationChange): ItemWrite {
  if (!isWrite(change)) throw new Error(`expected a write, got ${change.problem}`);
  return change;
}

describe('keepRefused', () => {
  it('keeps what a refused write would have added, with why', () => {
    const kept = keepRefused({}, written(add([rest], 'I am doing enough.', 'bbbbbbbb')), [rest], 'no-room');
    expect(kept).toEqual({ [enough.id]: { affirmation: enough, problem: 'no-room' } });
  });

  it('keeps nothing of an edit or a move of one already shown: storage still has it as it was', () => {
    expect(keepRefused({}, written(edit([rest], rest.id, 'New words')), [rest], 'no-room')).toEqual({});
    expect(keepRefused({}, write({ [rest.id]: { text: rest.text, order: 5 } }), [rest, enough], 'no-room')).toEqual({});
  });

  it('leaves one already kept as it is, so new words for it stay where they were typed', () => {
    const unsaved: Unsaved = { [enough.id]: { affirmation: enough, problem: 'no-room' } };
    expect(keepRefused(unsaved, written(edit([rest, enough], enough.id, 'Other words')), [rest, enough], 'no-room')).toBe(unsaved);
  });

  it('ignores items that are not own affirmations', () => {
    expect(keepRefused({}, write({ schemaVersion: 2, 'appearance.theme': 'dark' }), [], 'no-room')).toEqual({});
  });
});

describe('forgetStored and splitUnsavedRemovals', () => {
  const unsaved: Unsaved = { [enough.id]: { affirmation: enough, problem: 'no-room' } };

  it('forgets one once it is stored', () => {
    expect(forgetStored(unsaved, write({ [enough.id]: { text: enough.text, order: 2 } }))).toEqual({});
    expect(forgetStored(unsaved, write({ [rest.id]: { text: rest.text, order: 1 } }))).toBe(unsaved);
  });

  it('takes removals of unsaved ones out of what goes to storage', () => {
    expect(splitUnsavedRemovals(write({}, [enough.id, rest.id]), unsaved)).toEqual({ write: write({}, [rest.id]), forget: [enough.id] });
    const plain = write({}, [rest.id]);
    expect(splitUnsavedRemovals(plain, unsaved)).toEqual({ write: plain, forget: [] });
  });

  it('gives the unsaved ones back as items', () => {
    expect(unsavedItems(unsaved)).toEqual({ [enough.id]: { text: enough.text, order: 2 } });
  });
});

/*
 * The page as a person uses it, with storage refusing any write it likes: after every step the
 * list shows exactly the words the person has (none lost, none twice), and nothing is both
 * stored and kept as unsaved.
 */
describe('nothing written is lost', () => {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '');
  const step = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), text: words, refused: fc.boolean() }),
    fc.record({ kind: fc.constant('retry' as const), pick: fc.nat(), refused: fc.boolean() }),
    fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text: words, refused: fc.boolean() }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat(), refused: fc.boolean() }),
  );
  const startingOrders = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: 0, max: 1e-7, noNaN: true })), { maxLength: 4 });

  it('holds for any steps, any refusals and any stored orders', () => {
    fc.assert(
      fc.property(startingOrders, fc.array(step, { maxLength: 30 }), (orders, steps) => {
        let storage: Items = Object.fromEntries(orders.map((order, index) => [`affirmation.start${String(index).padStart(4, '0')}`, { text: `Start ${index}`, order }]));
        let unsaved: Unsaved = {};
        const expected = new Map(parseOwnAffirmations(storage).list.map((item) => [item.id, item.text]));
        const shown = () => parseOwnAffirmations({ ...unsavedItems(unsaved), ...storage }).list;

        /** What the page does with a change: unsaved removals only forgotten, the rest stored or refused. */
        const apply = (change: ItemWrite, refused: boolean) => {
          const before = shown();
          const split = splitUnsavedRemovals(change, unsaved);
          unsaved = forgetStored(unsaved, write({}, split.forget));
          if (Object.keys(split.write.set).length === 0 && split.write.remove.length === 0) return;
          if (refused) {
            unsaved = keepRefused(unsaved, split.write, before, 'no-room');
            return;
          }
          storage = { ...storage, ...split.write.set };
          for (const key of split.write.remove) delete storage[key];
          unsaved = forgetStored(unsaved, split.write);
        };

        steps.forEach((action, index) => {
          const list = shown();
          const target = list.length > 0 && 'pick' in action ? list[action.pick % list.length] : undefined;
          if (action.kind === 'add') {
            const change = add(list, action.text, `new${String(index).padStart(5, '0')}`);
            if (!isWrite(change)) return;
            apply(change, action.refused);
            expected.set(`affirmation.new${String(index).padStart(5, '0')}`, action.text.trim());
          } else if (target && action.kind === 'remove') {
            const isUnsaved = target.id in unsaved;
            apply(written(remove(list, target.id)), action.refused);
            if (isUnsaved || !action.refused) expected.delete(target.id);
          } else if (target) {
            const text = action.kind === 'edit' ? action.text : target.text;
            apply(written(edit(list, target.id, text)), action.refused);
            if (!action.refused) expected.set(target.id, text.trim());
          }
          expect(new Map(shown().map((item) => [item.id, item.text]))).toEqual(expected);
          expect(Object.keys(unsaved).filter((key) => key in storage)).toEqual([]);
        });
      }),
    );
  });
});
