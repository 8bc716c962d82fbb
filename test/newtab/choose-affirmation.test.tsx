import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../src/core/preferences';
import { chooseAffirmation } from '../../src/newtab/choose-affirmation';
import { showOnNextNewTab } from '../../src/ui/rotation-store';
import { local } from '../helpers/time-zones';

const everyTab = defaultPreferences.newTab;
const daily = { ...everyTab, rotation: 'daily' as const };
const at = new Date(local(2026, 11, 26, 9));
const seeded = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

describe('chooseAffirmation', () => {
  it('moves this device’s rotation on with every tab, never repeating within a category’s cycle', () => {
    const random = seeded(7);
    const shown = Array.from({ length: 40 }, () => chooseAffirmation(everyTab, [], at, random).id);
    for (let index = 1; index < shown.length; index++) expect(shown[index]).not.toBe(shown[index - 1]);
    const kindness = shown.filter((id) => id.startsWith('affirmationKindness'));
    expect(new Set(kindness.slice(0, 14)).size).toBe(Math.min(14, kindness.length));
    const stored = JSON.parse(localStorage.getItem('kindly.affirmationRotation') ?? '{}') as { shown?: string[] };
    expect(stored.shown).toHaveLength(40);
  });

  it('keeps one affirmation all day, whatever the rotation state', () => {
    const first = chooseAffirmation(daily, [], at, Math.random);
    localStorage.setItem('kindly.affirmationRotation', 'not json');
    expect(chooseAffirmation(daily, [], new Date(local(2026, 11, 26, 23, 59)), Math.random)).toEqual(first);
  });

  it('starts afresh from a damaged rotation state', () => {
    localStorage.setItem('kindly.affirmationRotation', '{"shown": 12}');
    expect(chooseAffirmation(everyTab, [], at, Math.random).id).toMatch(/^affirmation[A-Z]/);
  });

  it('shows only the person’s own words when they asked for only theirs', () => {
    const own = [{ id: 'affirmation.abcd1234', text: 'Slow is fine.' }];
    expect(chooseAffirmation({ ...everyTab, ownAffirmations: 'only' }, own, at, Math.random)).toMatchObject({ text: 'Slow is fine.' });
  });

  it.each([
    ['every-tab rotation', everyTab],
    ['a daily affirmation', daily],
  ])('shows words asked for on the next tab once, then goes back to %s', (_, newTab) => {
    const usual = chooseAffirmation(daily, [], at, seeded(3));
    showOnNextNewTab({ id: 'affirmation.kind000001', text: 'You did what you could.' });
    expect(chooseAffirmation(newTab, [], at, seeded(5))).toMatchObject({ text: 'You did what you could.' });
    const after = chooseAffirmation(newTab, [], at, seeded(5));
    expect(after.text).not.toBe('You did what you could.');
    if (newTab.rotation === 'daily') expect(after).toEqual(usual);
  });

  it('does not repeat the asked-for words on the tab after, in every-tab rotation', () => {
    const own = [{ id: 'affirmation.kind000001', text: 'You did what you could.' }];
    for (let seed = 1; seed <= 30; seed++) {
      localStorage.clear();
      showOnNextNewTab(own[0]!);
      expect(chooseAffirmation(everyTab, own, at, seeded(seed)).id).toBe(own[0]!.id);
      expect(chooseAffirmation(everyTab, own, at, seeded(seed * 104_729)).id).not.toBe(own[0]!.id);
    }
  });
});
