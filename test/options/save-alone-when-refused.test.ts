import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveAloneWhenRefused } from '../../src/options/save-alone-when-refused';

interface Change {
  name: string;
  bytes: number;
}

class NoRoom extends Error {}
class TooManyWrites extends Error {}

/**
 * A store like storage.sync behind the sync writer: what arrives in the same moment goes as one
 * write, and a write that would pass the room left is refused whole.
 */
function batchingStore(room: number, refusal: () => Error = () => new NoRoom()) {
  const stored = new Map<string, number>();
  const writes: string[][] = [];
  let waiting: { change: Change; resolve(): void; reject(error: unknown): void }[] = [];
  const used = () => [...stored.values()].reduce((total, bytes) => total + bytes, 0);

  function write() {
    const batch = waiting;
    waiting = [];
    writes.push(batch.map(({ change }) => change.name));
    const bytes = batch.reduce((total, { change }) => total + change.bytes, 0);
    if (used() + bytes > room) {
      for (const { reject } of batch) reject(refusal());
      return;
    }
    for (const { change, resolve } of batch) {
      stored.set(change.name, change.bytes);
      resolve();
    }
  }

  const save = (change: Change) =>
    new Promise<void>((resolve, reject) => {
      if (waiting.length === 0) setTimeout(write, 0);
      waiting.push({ change, resolve, reject });
    });
  return { save, stored, writes };
}

const forRoom = (error: unknown) => error instanceof NoRoom;

/** Saves all the changes at once, as quick adds do, and says which were refused. */
async function saveTogether(store: ReturnType<typeof batchingStore>, changes: Change[]) {
  const save = saveAloneWhenRefused(store.save, forRoom);
  const outcomes = await Promise.allSettled(changes.map((change) => save(change)));
  return changes.filter((_, index) => outcomes[index]?.status === 'rejected').map((change) => change.name);
}

const changesOf = (sizes: number[]) => sizes.map((bytes, index) => ({ name: `change ${index}`, bytes }));

describe('saveAloneWhenRefused', () => {
  it('saves the two that fit of three refused together, and refuses only the third', async () => {
    const store = batchingStore(250);
    expect(await saveTogether(store, changesOf([100, 100, 100]))).toEqual(['change 2']);
    expect([...store.stored.keys()]).toEqual(['change 0', 'change 1']);
    expect(store.writes).toEqual([['change 0', 'change 1', 'change 2'], ['change 0'], ['change 1'], ['change 2']]);
  });

  it('does not try again one that was refused on its own', async () => {
    const store = batchingStore(50);
    expect(await saveTogether(store, changesOf([100]))).toEqual(['change 0']);
    expect(store.writes).toHaveLength(1);
  });

  it('does not try again what was refused for another reason than room', async () => {
    const store = batchingStore(0, () => new TooManyWrites());
    expect(await saveTogether(store, changesOf([10, 10]))).toEqual(['change 0', 'change 1']);
    expect(store.writes).toHaveLength(1);
  });

  it('for any sizes and room, saves each that fits in the order made, and refuses exactly the others', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 8 }), fc.integer({ min: 0, max: 500 }), async (sizes, room) => {
        const store = batchingStore(room);
        const changes = changesOf(sizes);
        const refused = await saveTogether(store, changes);
        let used = 0;
        const fit = changes.filter((change) => (used + change.bytes <= room ? ((used += change.bytes), true) : false));
        const wholeFits = sizes.reduce((total, bytes) => total + bytes, 0) <= room;
        expect([...store.stored.keys()]).toEqual(fit.map((change) => change.name));
        expect(refused).toEqual(changes.filter((change) => !store.stored.has(change.name)).map((change) => change.name));
        // One write when it all fits or there is one change; otherwise one more for each change.
        expect(store.writes).toHaveLength(wholeFits || changes.length <= 1 ? Math.min(1, changes.length) : changes.length + 1);
      }),
    );
  });
});
