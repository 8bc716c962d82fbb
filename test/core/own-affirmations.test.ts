import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, edit, isOwnAffirmationKey, isWrite, move, ownAffirmationLimits, parseOwnAffirmations, remove, restore, type OwnAffirmation, type OwnAffirmationChange } from '../../src/core/own-affirmations';
import { isPreferenceItemKey, type ItemWrite } from '../../src/core/preferences-area';
import { OWN_AFFIRMATION_PREFIX } from '../../src/core/storage-keys';
import { oversizedSyncItems, SYNC_QUOTA, syncItemBytes } from '../../src/core/sync-quota';
import { validStoredItems } from '../helpers/preference-arbitraries';

type Items = Record<string, unknown>;

const key = (id: string) => OWN_AFFIRMATION_PREFIX + id;
const listOf = (items: Items) => parseOwnAffirmations(items).list;

function written(change: OwnAffirmationChange): ItemWrite {
  if (!isWrite(change)) throw new Error(`expected a write, got ${change.problem}`);
  return change;
}

/** Storage after a write, as the browser would hold it. */
function applied(items: Items, write: ItemWrite): Items {
  const next = { ...items, ...write.set };
  for (const removed of write.remove) delete next[removed];
  return next;
}

const id = fc.stringMatching(/^[a-z0-9]{8,12}$/);
const words = fc.string({ minLength: 1, maxLength: ownAffirmationLimits.characters }).filter((text) => text.trim() === text && text !== '');

/** Stored affirmations with any orders at all: close, equal, huge, negative. */
const storedList = fc
  .uniqueArray(fc.tuple(id, words, fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }))), {
    selector: ([itemId]) => itemId,
    maxLength: 12,
  })
  .map((entries) => Object.fromEntries(entries.map(([itemId, text, order]) => [key(itemId), { text, order }])));

describe('own affirmation keys', () => {
  it('are preference items, so they live, move and travel with the preferences', () => {
    fc.assert(
      fc.property(id, (itemId) => {
        expect(isOwnAffirmationKey(key(itemId))).toBe(true);
        expect(isPreferenceItemKey(key(itemId))).toBe(true);
      }),
    );
    expect(isOwnAffirmationKey('affirmation.')).toBe(false);
    expect(isOwnAffirmationKey('appearance.theme')).toBe(false);
  });
});

describe('parseOwnAffirmations', () => {
  it('reads them in order, ties by id, ignoring every other item', () => {
    const parsed = parseOwnAffirmations({
      [key('bbbbbbbb')]: { text: 'Second', order: 2 },
      [key('aaaaaaaa')]: { text: 'First', order: 1 },
      [key('cccccccc')]: { text: 'Also second', order: 2 },
      'appearance.theme': 'dark',
      schemaVersion: 1,
      'journal:2026-03-14': [],
    });
    expect(parsed.list.map((item) => item.text)).toEqual(['First', 'Second', 'Also second']);
    expect(parsed.list[0]).toEqual({ id: key('aaaaaaaa'), text: 'First', order: 1 });
    expect(parsed.invalid).toEqual([]);
  });

  it('reports what it cannot use, with the raw value, and keeps the rest', () => {
    const bad: Items = {
      [key('notanobj1')]: 'I am enough',
      [key('notext001')]: { order: 1 },
      [key('blank0001')]: { text: '   ', order: 1 },
      [key('toolong01')]: { text: 'x'.repeat(161), order: 1 },
      [key('noorder01')]: { text: 'Kind', order: 'first' },
      [key('infinite1')]: { text: 'Kind', order: Infinity },
      [key('Bad-Name')]: { text: 'Kind', order: 1 },
    };
    const parsed = parseOwnAffirmations({ ...bad, [key('goodone01')]: { text: 'Still here', order: 3 } });
    expect(parsed.list.map((item) => item.text)).toEqual(['Still here']);
    expect(parsed.invalid.map((entry) => entry.key).sort()).toEqual(Object.keys(bad).sort());
    for (const entry of parsed.invalid) {
      expect(entry.value).toEqual(bad[entry.key]);
      expect(entry.reason).not.toBe('');
    }
  });

  it('never throws on garbage, and accounts for every own affirmation item', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.string().map((rest) => OWN_AFFIRMATION_PREFIX + rest)), fc.anything()), (items) => {
        const parsed = parseOwnAffirmations(items);
        const own = Object.entries(items).filter(([itemKey, value]) => isOwnAffirmationKey(itemKey) && value !== undefined);
        expect(parsed.list.length + parsed.invalid.length).toBe(own.length);
        for (const item of parsed.list) {
          expect(item.text.trim()).not.toBe('');
          expect([...item.text.trim()].length).toBeLessThanOrEqual(ownAffirmationLimits.characters);
          expect(Number.isFinite(item.order)).toBe(true);
        }
      }),
    );
  });
});

describe('adding', () => {
  it('adds trimmed words at the end, writing one item', () => {
    const list = listOf({ [key('aaaaaaaa')]: { text: 'First', order: 4 } });
    expect(add(list, '  I can rest.  ', 'k3j9x0q2')).toEqual({ set: { [key('k3j9x0q2')]: { text: 'I can rest.', order: 5 } }, remove: [] });
    expect(add([], 'Hello', 'k3j9x0q2')).toEqual({ set: { [key('k3j9x0q2')]: { text: 'Hello', order: 1 } }, remove: [] });
  });

  it('saves nothing empty or too long, and stops at the count limit', () => {
    expect(add([], '', 'k3j9x0q2')).toEqual({ problem: 'empty' });
    expect(add([], ' \n\t ', 'k3j9x0q2')).toEqual({ problem: 'empty' });
    expect(add([], 'x'.repeat(161), 'k3j9x0q2')).toEqual({ problem: 'too-long' });
    // Characters as a person counts them: 160 emoji fit.
    expect(isWrite(add([], '🌱'.repeat(160), 'k3j9x0q2'))).toBe(true);
    const full = Array.from({ length: 50 }, (_, index): OwnAffirmation => ({ id: key(`item${String(index).padStart(4, '0')}`), text: 'Kind', order: index + 1 }));
    expect(add(full, 'One more', 'k3j9x0q2')).toEqual({ problem: 'too-many' });
    expect(isWrite(add(full.slice(1), 'One more', 'k3j9x0q2'))).toBe(true);
  });

  it('numbers the list afresh when there is no room after the last one', () => {
    const list = listOf({ [key('aaaaaaaa')]: { text: 'A', order: 1e300 }, [key('bbbbbbbb')]: { text: 'B', order: Number.MAX_VALUE } });
    const write = written(add(list, 'C', 'cccccccc'));
    expect(listOf(applied({ [key('aaaaaaaa')]: { text: 'A', order: 1e300 }, [key('bbbbbbbb')]: { text: 'B', order: Number.MAX_VALUE } }, write)).map((item) => [item.text, item.order])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
  });
});

describe('editing, removing, putting back', () => {
  const items = { [key('aaaaaaaa')]: { text: 'First', order: 1 }, [key('bbbbbbbb')]: { text: 'Second', order: 2 } };
  const list = listOf(items);

  it('edits in place, keeping its place', () => {
    expect(edit(list, key('bbbbbbbb'), ' Changed ')).toEqual({ set: { [key('bbbbbbbb')]: { text: 'Changed', order: 2 } }, remove: [] });
    expect(edit(list, key('bbbbbbbb'), '  ')).toEqual({ problem: 'empty' });
    expect(edit(list, key('bbbbbbbb'), 'x'.repeat(161))).toEqual({ problem: 'too-long' });
    expect(edit(list, key('zzzzzzzz'), 'Hi')).toEqual({ problem: 'not-found' });
  });

  it('removes one item, and puts it back as it was', () => {
    const first = list[0] as OwnAffirmation;
    const write = written(remove(list, first.id));
    expect(write).toEqual({ set: {}, remove: [first.id] });
    expect(remove(list, key('zzzzzzzz'))).toEqual({ problem: 'not-found' });
    const after = applied(items, write);
    expect(applied(after, written(restore(listOf(after), first)))).toEqual(items);
  });
});

describe('moving', () => {
  it('writes only the moved item, halfway between its new neighbours', () => {
    const list = listOf({ [key('aaaaaaaa')]: { text: 'A', order: 1 }, [key('bbbbbbbb')]: { text: 'B', order: 2 }, [key('cccccccc')]: { text: 'C', order: 3 } });
    expect(move(list, key('cccccccc'), 1)).toEqual({ set: { [key('cccccccc')]: { text: 'C', order: 1.5 } }, remove: [] });
    expect(move(list, key('cccccccc'), 0)).toEqual({ set: { [key('cccccccc')]: { text: 'C', order: 0 } }, remove: [] });
    expect(move(list, key('aaaaaaaa'), 2)).toEqual({ set: { [key('aaaaaaaa')]: { text: 'A', order: 4 } }, remove: [] });
    expect(move(list, key('bbbbbbbb'), 1)).toEqual({ set: {}, remove: [] });
    expect(move(list, key('zzzzzzzz'), 1)).toEqual({ problem: 'not-found' });
  });

  it('renumbers everything in one write when the neighbours are too close', () => {
    const list = listOf({ [key('aaaaaaaa')]: { text: 'A', order: 1 }, [key('bbbbbbbb')]: { text: 'B', order: 1 + 1e-7 }, [key('cccccccc')]: { text: 'C', order: 3 } });
    expect(move(list, key('cccccccc'), 1)).toEqual({
      set: { [key('cccccccc')]: { text: 'C', order: 2 }, [key('bbbbbbbb')]: { text: 'B', order: 3 } },
      remove: [],
    });
  });

  it('renumbers when a number is too large to step past, writing only what changes', () => {
    // Found by the property below: past 2^53, order + 1 is the same number.
    const items: Items = { [key('aa00aaa0')]: { text: 'Far', order: 17882170607058504 }, [key('aa000a0a')]: { text: 'Near', order: 2 } };
    const write = written(move(listOf(items), key('aa000a0a'), 1));
    expect(listOf(applied(items, write)).map((item) => item.text)).toEqual(['Far', 'Near']);
    expect(write.set).toEqual({ [key('aa00aaa0')]: { text: 'Far', order: 1 } });
  });

  it('after any sequence of moves, the stored order is the intended order', () => {
    const moves = fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 14 })), { maxLength: 30 });
    fc.assert(
      fc.property(storedList, moves, (start, steps) => {
        let items: Items = start;
        let intended = listOf(items).map((item) => item.id);
        for (const [pick, toIndex] of steps) {
          if (intended.length === 0) break;
          const moved = intended[pick % intended.length] as string;
          const before = listOf(items);
          const write = written(move(before, moved, toIndex));
          const to = Math.min(Math.max(0, toIndex), intended.length - 1);
          intended = intended.filter((itemId) => itemId !== moved);
          intended.splice(to, 0, moved);
          items = applied(items, write);
          const after = listOf(items);
          expect(after.map((item) => item.id)).toEqual(intended);
          expect(write.remove).toEqual([]);
          // The moved item alone, or a renumbering (every place is then its position, 1, 2, 3 …,
          // and only items whose number changed are written, which need not include the moved one).
          const renumbering = Object.keys(write.set).some((itemId) => itemId !== moved);
          if (renumbering) expect(after.map((item) => item.order)).toEqual(after.map((_, index) => index + 1));
          else expect(Object.keys(write.set).length).toBeLessThanOrEqual(1);
          // The words never change by moving.
          expect(after.map((item) => item.text).sort()).toEqual(before.map((item) => item.text).sort());
        }
      }),
    );
  });
});

describe('limits', () => {
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), text: fc.string({ maxLength: 200 }), id }),
    fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text: fc.string({ maxLength: 200 }) }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat({ max: 60 }) }),
  );

  it('hold whatever the person does: at most 50, each readable and at most 160 characters', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (operations) => {
        let items: Items = {};
        for (const step of operations) {
          const list = listOf(items);
          const target = list.length > 0 && 'pick' in step ? (list[step.pick % list.length] as OwnAffirmation).id : key('zzzzzzzz');
          let change: OwnAffirmationChange;
          if (step.kind === 'add') {
            if (list.some((item) => item.id === key(step.id))) continue;
            change = add(list, step.text, step.id);
          } else if (step.kind === 'edit') change = edit(list, target, step.text);
          else if (step.kind === 'remove') change = remove(list, target);
          else change = move(list, target, step.to);
          if (isWrite(change)) items = applied(items, change);
          const parsed = parseOwnAffirmations(items);
          expect(parsed.invalid).toEqual([]);
          expect(parsed.list.length).toBeLessThanOrEqual(ownAffirmationLimits.count);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a full list fits easily in storage.sync', () => {
    const items: Items = {};
    for (let index = 0; index < ownAffirmationLimits.count; index++) {
      items[key(`i${String(index).padStart(11, '0')}`)] = { text: '🌱'.repeat(ownAffirmationLimits.characters), order: index + 0.123456789 };
    }
    const bytes = Object.entries(items).reduce((total, [itemKey, value]) => total + new TextEncoder().encode(itemKey + JSON.stringify(value)).length, 0);
    expect(bytes).toBeLessThan(40_000);
  });
});

describe('own affirmations inside storage.sync’s quotas', () => {
  it('the most own affirmations, at the longest, in four-byte characters, fit beside any preferences', () => {
    fc.assert(
      fc.property(validStoredItems, fc.constantFrom('🌿', '💛', '🫶'), (preferences, character) => {
        let list: OwnAffirmation[] = [];
        const items: Record<string, unknown> = { ...preferences, lastPauseAt: Date.now() };
        for (let index = 0; index < ownAffirmationLimits.count; index++) {
          const change = add(list, character.repeat(ownAffirmationLimits.characters), `own${String(index).padStart(6, '0')}`);
          if (!isWrite(change)) throw new Error(`refused: ${change.problem}`);
          Object.assign(items, change.set);
          list = parseOwnAffirmations(items).list;
        }
        expect(list).toHaveLength(ownAffirmationLimits.count);
        expect(oversizedSyncItems(items)).toEqual([]);
        expect(Object.keys(items).length).toBeLessThan(SYNC_QUOTA.maxItems);
        const total = Object.entries(items).reduce((bytes, [key, value]) => bytes + syncItemBytes(key, value), 0);
        expect(total).toBeLessThan(SYNC_QUOTA.totalBytes / 2);
      }),
      { numRuns: 20 },
    );
  });
});
