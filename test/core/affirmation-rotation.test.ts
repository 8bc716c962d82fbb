// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affirmationCategories, affirmations, type Affirmation } from '../../src/core/affirmations';
import {
  affirmationPool,
  anotherAffirmation,
  dailyAffirmation,
  nextAffirmation,
  parseRotationState,
  takeNext,
  type OwnAffirmationText,
  type PoolSettings,
  type RotationState,
} from '../../src/core/affirmation-rotation';

/** A small seeded generator (mulberry32), so a run's draws can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(pool: readonly Affirmation[], count: number, random: () => number, start: RotationState = { shown: [] }) {
  let state = start;
  const shown: Affirmation[] = [];
  const states: RotationState[] = [];
  for (let i = 0; i < count; i++) {
    const next = nextAffirmation(pool, state, random);
    shown.push(next.affirmation);
    states.push(next.state);
    state = next.state;
  }
  return { shown, states, state };
}

const mixed: PoolSettings = { hiddenCategories: [], ownAffirmations: 'mixed' };
const own = (count: number): OwnAffirmationText[] => Array.from({ length: count }, (_, i) => ({ id: `own.${i}`, text: `My words ${i}` }));

const ownArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^own\.[a-z0-9]{1,6}$/),
    text: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== ''),
  }),
  { maxLength: 6, selector: ({ id }) => id },
);
const settingsArbitrary: fc.Arbitrary<PoolSettings> = fc.record({
  hiddenCategories: fc.subarray([...affirmationCategories]),
  ownAffirmations: fc.constantFrom('mixed' as const, 'only' as const),
});
const poolArbitrary = fc.tuple(ownArbitrary, settingsArbitrary).map(([mine, settings]) => affirmationPool(mine, settings));

function dayString(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
function days(count: number, from = new Date(2026, 0, 1)): string[] {
  return Array.from({ length: count }, (_, i) => dayString(new Date(from.getFullYear(), from.getMonth(), from.getDate() + i)));
}

describe('affirmationPool', () => {
  it('is every bundled affirmation, in list order, by default', () => {
    expect(affirmationPool([], mixed)).toEqual(affirmations);
  });

  it('adds the person’s own words after the bundled ones, in the order given', () => {
    const pool = affirmationPool(own(2), mixed);
    expect(pool.slice(0, affirmations.length)).toEqual(affirmations);
    expect(pool.slice(affirmations.length)).toEqual([
      { id: 'own.0', category: 'own', text: 'My words 0' },
      { id: 'own.1', category: 'own', text: 'My words 1' },
    ]);
  });

  it('is only the person’s own words when they choose so', () => {
    const pool = affirmationPool(own(3), { hiddenCategories: [], ownAffirmations: 'only' });
    expect(pool.map(({ id }) => id)).toEqual(['own.0', 'own.1', 'own.2']);
  });

  it('falls back to the visible bundled ones when "only" has no own words yet', () => {
    const pool = affirmationPool([], { hiddenCategories: ['trust', 'mistakes'], ownAffirmations: 'only' });
    expect(pool).toEqual(affirmations.filter(({ category }) => category !== 'trust' && category !== 'mistakes'));
  });

  it('brings every bundled one back when every category is hidden and there are no own words', () => {
    expect(affirmationPool([], { hiddenCategories: [...affirmationCategories], ownAffirmations: 'mixed' })).toEqual(affirmations);
    expect(affirmationPool([], { hiddenCategories: [...affirmationCategories], ownAffirmations: 'only' })).toEqual(affirmations);
  });

  it('with every category hidden, is the own words alone', () => {
    const pool = affirmationPool(own(2), { hiddenCategories: [...affirmationCategories], ownAffirmations: 'mixed' });
    expect(pool.map(({ id }) => id)).toEqual(['own.0', 'own.1']);
  });

  it('skips own affirmations with no words, and a repeated or clashing id after its first', () => {
    const pool = affirmationPool(
      [
        { id: 'own.a', text: '   ' },
        { id: 'own.b', text: 'First' },
        { id: 'own.b', text: 'Second' },
        { id: 'affirmationKindness1', text: 'Clash' },
      ],
      { hiddenCategories: [], ownAffirmations: 'only' },
    );
    expect(pool).toEqual([{ id: 'own.b', category: 'own', text: 'First' }]);
  });

  it('is never empty, never holds a hidden category unless all of them fell back, and is the same for the same settings', () => {
    fc.assert(
      fc.property(ownArbitrary, settingsArbitrary, (mine, settings) => {
        const pool = affirmationPool(mine, settings);
        expect(pool.length).toBeGreaterThan(0);
        expect(affirmationPool([...mine], { ...settings, hiddenCategories: [...settings.hiddenCategories] })).toEqual(pool);
        const fellBack = pool.length === affirmations.length && pool.every((affirmation, i) => affirmation === affirmations[i]);
        const everyHidden = affirmationCategories.every((category) => settings.hiddenCategories.includes(category));
        if (!fellBack || !everyHidden) {
          expect(pool.filter(({ category }) => settings.hiddenCategories.includes(category))).toEqual([]);
        }
        if (settings.ownAffirmations === 'only' && mine.length > 0) expect(pool.every(({ category }) => category === 'own')).toBe(true);
        if (settings.ownAffirmations === 'mixed') expect(pool.filter(({ category }) => category === 'own')).toHaveLength(mine.length);
      }),
    );
  });
});

describe('nextAffirmation (every tab)', () => {
  it('within a category, shows every one once per cycle, and a new cycle never opens with the one just shown', () => {
    fc.assert(
      fc.property(poolArbitrary, fc.integer(), fc.integer({ min: 1, max: 250 }), (pool, seed, count) => {
        const { shown } = draw(pool, count, seeded(seed));
        for (const category of new Set(pool.map((affirmation) => affirmation.category))) {
          const members = pool.filter((affirmation) => affirmation.category === category).map(({ id }) => id);
          const sequence = shown.filter((affirmation) => affirmation.category === category).map(({ id }) => id);
          for (let start = 0; start < sequence.length; start += members.length) {
            const cycle = sequence.slice(start, start + members.length);
            expect(new Set(cycle).size).toBe(cycle.length);
            expect(cycle.every((id) => members.includes(id))).toBe(true);
            if (start > 0 && members.length > 1) expect(cycle[0]).not.toBe(sequence[start - 1]);
          }
        }
      }),
    );
  });

  it('changes category from one tab to the next when there is more than one', () => {
    fc.assert(
      fc.property(poolArbitrary, fc.integer(), (pool, seed) => {
        const categories = new Set(pool.map(({ category }) => category));
        const { shown } = draw(pool, 60, seeded(seed));
        for (let i = 1; i < shown.length; i++) {
          if (categories.size > 1) expect(shown[i]?.category).not.toBe(shown[i - 1]?.category);
        }
      }),
    );
  });

  it('gives every category its turn: none waits long, and each gets about its share', () => {
    const pool = affirmationPool(own(3), mixed);
    for (const seed of [1, 2, 3, 42, 2026]) {
      const { shown } = draw(pool, 700, seeded(seed));
      const lastSeen = new Map<string, number>();
      shown.forEach(({ category }, i) => {
        expect(i - (lastSeen.get(category) ?? -1), `${category} waited`).toBeLessThanOrEqual(20);
        lastSeen.set(category, i);
      });
      for (const category of [...affirmationCategories, 'own']) {
        expect(shown.filter((affirmation) => affirmation.category === category).length).toBeGreaterThan(700 / 7 - 20);
      }
    }
  });

  it('keeps a small, repeat-free state: never more ids than the pool, and only ids from it', () => {
    fc.assert(
      fc.property(poolArbitrary, fc.integer(), fc.integer({ min: 1, max: 200 }), (pool, seed, count) => {
        const ids = new Set(pool.map(({ id }) => id));
        for (const state of draw(pool, count, seeded(seed)).states) {
          expect(state.shown.length).toBeLessThanOrEqual(pool.length);
          expect(new Set(state.shown).size).toBe(state.shown.length);
          expect(state.shown.every((id) => ids.has(id))).toBe(true);
        }
      }),
    );
  });

  it('carries on the same after a JSON round trip of its state, as localStorage keeps it', () => {
    fc.assert(
      fc.property(poolArbitrary, fc.integer(), fc.integer({ min: 0, max: 100 }), (pool, seed, count) => {
        const { state } = draw(pool, count, seeded(seed));
        const stored = JSON.stringify(state);
        expect(parseRotationState(stored)).toEqual(state);
        expect(parseRotationState(JSON.parse(stored))).toEqual(state);
        expect(draw(pool, 30, seeded(seed + 1), parseRotationState(stored)).shown).toEqual(draw(pool, 30, seeded(seed + 1), state).shown);
      }),
    );
  });

  it('drops ids no longer in the pool, such as a category just hidden or an own affirmation deleted', () => {
    const state = { shown: ['affirmationTrust3', 'own.1', 'affirmationKindness2', 'affirmationTrust5', 'own.0'] };
    const after = affirmationPool(own(1), { hiddenCategories: ['trust'], ownAffirmations: 'mixed' });
    const next = nextAffirmation(after, state, seeded(8));
    expect(next.state.shown.filter((id) => id.startsWith('affirmationTrust') || id === 'own.1')).toEqual([]);
    expect(next.affirmation.category).not.toBe('trust');
    expect(next.state.shown).toEqual(['affirmationKindness2', 'own.0', next.affirmation.id]);
  });

  it('shows own words alone in turn, and alternates two of them', () => {
    const pool = affirmationPool(own(2), { hiddenCategories: [], ownAffirmations: 'only' });
    const { shown } = draw(pool, 9, seeded(3));
    for (let i = 1; i < shown.length; i++) expect(shown[i]?.id).not.toBe(shown[i - 1]?.id);
    expect(shown.every(({ category }) => category === 'own')).toBe(true);
  });

  it('shows a single affirmation again and again, with a state of one', () => {
    const pool = affirmationPool(own(1), { hiddenCategories: [], ownAffirmations: 'only' });
    const { shown, state } = draw(pool, 5, seeded(1));
    expect(shown.map(({ id }) => id)).toEqual(Array<string>(5).fill('own.0'));
    expect(state).toEqual({ shown: ['own.0'] });
  });

  it('never shows a hidden category', () => {
    fc.assert(
      fc.property(fc.subarray<string>([...affirmationCategories], { minLength: 1, maxLength: 5 }), fc.integer(), (hidden, seed) => {
        const pool = affirmationPool([], { hiddenCategories: hidden, ownAffirmations: 'mixed' });
        const { shown } = draw(pool, 50, seeded(seed));
        expect(shown.filter(({ category }) => hidden.includes(category))).toEqual([]);
      }),
    );
  });

  it('copes with an empty pool and with randomness out of range', () => {
    expect(affirmations).toContain(nextAffirmation([], { shown: [] }, () => 0.5).affirmation);
    const pool = affirmationPool(own(2), mixed);
    for (const value of [1, -1, 7, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pool).toContain(nextAffirmation(pool, { shown: [] }, () => value).affirmation);
    }
  });

  it('does not change the state it is given', () => {
    const state = { shown: ['affirmationKindness1'] };
    nextAffirmation(affirmations, state, () => 0);
    expect(state).toEqual({ shown: ['affirmationKindness1'] });
  });
});

describe('dailyAffirmation', () => {
  const dateArbitrary = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true });

  it('is the same all day, and on every device with the same settings', () => {
    fc.assert(
      fc.property(ownArbitrary, settingsArbitrary, dateArbitrary, (mine, settings, date) => {
        const day = dayString(date);
        const here = dailyAffirmation(affirmationPool(mine, settings), day);
        const there = dailyAffirmation(affirmationPool(structuredClone(mine), structuredClone(settings)), day);
        expect(there).toEqual(here);
        expect(affirmationPool(mine, settings)).toContainEqual(here);
      }),
    );
  });

  it('does not move when the every-tab rotation does', () => {
    const pool = affirmationPool(own(2), mixed);
    const before = dailyAffirmation(pool, '2026-03-14');
    draw(pool, 20, seeded(9));
    expect(dailyAffirmation(pool, '2026-03-14')).toBe(before);
  });

  it('usually changes from one day to the next, and reaches the whole pool over a year', () => {
    const year = days(365);
    const picks = year.map((day) => dailyAffirmation(affirmations, day).id);
    const repeats = picks.filter((id, i) => i > 0 && id === picks[i - 1]).length;
    expect(repeats).toBeLessThanOrEqual(10);
    expect(new Set(picks).size).toBeGreaterThanOrEqual(75);

    const small = affirmationPool(own(3), { hiddenCategories: [], ownAffirmations: 'only' });
    const smallPicks = year.map((day) => dailyAffirmation(small, day).id);
    expect(new Set(smallPicks).size).toBe(3);
    expect(smallPicks.filter((id, i) => i > 0 && id === smallPicks[i - 1]).length).toBeLessThan(365 / 2);
  });

  it('copes with an empty pool', () => {
    expect(affirmations).toContain(dailyAffirmation([], '2026-01-01'));
  });
});

describe('parseRotationState', () => {
  it('never throws, and always gives a list of ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (raw) => {
        const state = parseRotationState(raw);
        expect(Array.isArray(state.shown)).toBe(true);
        expect(state.shown.every((id) => typeof id === 'string' && id !== '')).toBe(true);
        expect(new Set(state.shown).size).toBe(state.shown.length);
      }),
    );
  });

  it('starts afresh from garbage, and keeps what it can of a damaged list', () => {
    for (const raw of [undefined, null, 5, 'not json', '{"shown":5}', [], { shown: 'x' }, '"shown"']) {
      expect(parseRotationState(raw)).toEqual({ shown: [] });
    }
    expect(parseRotationState({ shown: [1, 'a', null, 'b', '', 'a'] })).toEqual({ shown: ['b', 'a'] });
    expect(parseRotationState(JSON.stringify({ shown: Array.from({ length: 5000 }, (_, i) => `id${i}`) })).shown).toHaveLength(1000);
  });
});

describe('words asked for on the next tab', () => {
  const next = { id: 'affirmation.kind000001', text: 'You did what you could.' };

  it('are shown once, and the state left for the tab after is without them', () => {
    for (const rotation of ['every-tab', 'daily'] as const) {
      const taken = takeNext({ shown: ['affirmationKindness1'], next }, rotation);
      expect(taken?.affirmation).toEqual({ id: next.id, category: 'own', text: next.text });
      expect(taken?.state.next).toBeUndefined();
      expect(takeNext(taken!.state, rotation)).toBeUndefined();
    }
  });

  it('count as shown in every-tab rotation, and leave the daily state as it was', () => {
    expect(takeNext({ shown: ['a', next.id, 'b'], next }, 'every-tab')?.state).toEqual({ shown: ['a', 'b', next.id] });
    expect(takeNext({ shown: ['a', 'b'], next }, 'daily')?.state).toEqual({ shown: ['a', 'b'] });
  });

  it('are nothing when none were asked for', () => {
    expect(takeNext({ shown: ['a'] }, 'every-tab')).toBeUndefined();
  });

  it('survive the JSON round trip, and unusable ones are dropped without losing the cycle', () => {
    expect(parseRotationState(JSON.stringify({ shown: ['a'], next }))).toEqual({ shown: ['a'], next });
    expect(parseRotationState({ next })).toEqual({ shown: [], next });
    for (const bad of [null, 'words', { id: '', text: 'x' }, { id: 'x', text: '  ' }, { id: 'x' }, { id: 'x', text: 'y'.repeat(1001) }]) {
      expect(parseRotationState({ shown: ['a'], next: bad })).toEqual({ shown: ['a'] });
    }
  });
});

describe('anotherAffirmation (the new tab’s "Another thought")', () => {
  it('never brings the words already showing back, from any pool with more than one, whether they came from the rotation or the day', () => {
    fc.assert(
      fc.property(poolArbitrary, fc.nat(), fc.nat(), (pool, pick, seed) => {
        fc.pre(pool.length > 1);
        const current = pool[pick % pool.length] as Affirmation;
        const random = seeded(seed);
        const fromRotation = anotherAffirmation(pool, { shown: [current.id] }, current, random);
        const fromTheDay = anotherAffirmation(pool, { shown: [] }, current, random);
        expect(fromRotation.affirmation.id).not.toBe(current.id);
        expect(fromTheDay.affirmation.id).not.toBe(current.id);
        // The new one is the cycle's latest, so the next tab carries on after it.
        expect(fromTheDay.state.shown.at(-1)).toBe(fromTheDay.affirmation.id);
      }),
    );
  });

  it('moves to another category where there is one, and pressed again and again keeps changing', () => {
    const pool = affirmationPool([], mixed);
    const random = seeded(11);
    let current = pool[0] as Affirmation;
    let state: RotationState = { shown: [current.id] };
    for (let press = 0; press < 60; press++) {
      const next = anotherAffirmation(pool, state, current, random);
      expect(next.affirmation.category).not.toBe(current.category);
      current = next.affirmation;
      state = next.state;
    }
  });

  it('keeps words asked for on the next tab, and counts an asked-for tab’s words as shown', () => {
    const pool = affirmationPool(own(2), mixed);
    const asked = { id: 'own.9', text: 'Asked for' };
    const shownNow: Affirmation = { id: 'own.7', category: 'own', text: 'Shown by Reflections' };
    const { state, affirmation } = anotherAffirmation(pool, { shown: [], next: asked }, shownNow, seeded(3));
    expect(state.next).toEqual(asked);
    expect(affirmation.id).not.toBe(shownNow.id);
  });

  it('shows a one-affirmation pool’s only words again rather than nothing', () => {
    const only = own(1).map(({ id, text }): Affirmation => ({ id, category: 'own', text }));
    expect(anotherAffirmation(only, { shown: [] }, only[0]!, seeded(1)).affirmation).toEqual(only[0]);
  });
});
