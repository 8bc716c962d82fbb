// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breathingPatterns, sessionCycles } from '../../src/core/breathing';
import { emotionWordById, emotionWords, needsSupportLink, quadrantHints, quadrantLabels, quadrantOfWord, quadrants } from '../../src/core/emotions';
import { exerciseById, exercises } from '../../src/core/exercises';
import { exerciseSeconds, personPacedSeconds } from '../../src/core/exercises/length';
import { practices, type Exercise } from '../../src/core/exercises/types';
import { valueLabelKey, valueOptions } from '../../src/core/values';
import { defaultPreferences } from '../../src/core/preference-defaults';
import { readLocale } from '../helpers/messages';
import { pressureInMessage } from './pressure-words';

/*
 * Adding an exercise is one file and one line in the registry (STYLE.md); these checks keep that
 * promise honest: registered once, every message present, a length that fits a pause, and copy
 * that stays kind.
 */
const folder = resolve(import.meta.dirname, '../../src/core/exercises');
const english = readLocale('en');
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

function isExercise(value: unknown): value is Exercise {
  const candidate = value as Partial<Exercise> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && Array.isArray(candidate.steps);
}

/** Every message key an exercise shows. */
function keysOf(exercise: Exercise): string[] {
  return [
    exercise.title,
    exercise.summary,
    exercise.closing,
    ...exercise.steps.flatMap((step) => {
      if (step.kind === 'guide') return step.aside ? [step.text, step.aside] : [step.text];
      if (step.kind === 'dwell') return [step.text];
      if (step.kind === 'breathing') return step.note ? [step.note] : [];
      if (step.kind === 'reflect') return [step.prompt, step.placeholder];
      return [];
    }),
  ];
}

const allWords = quadrants.flatMap((quadrant) => emotionWords[quadrant]);
const missing = (keys: readonly string[]) => keys.filter((key) => !english[key]);

describe('exercises', () => {
  it('each exercise file exports one exercise, named after it and registered exactly once', async () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts');
    const found: string[] = [];
    for (const file of files) {
      const module = (await import(join(folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module).filter(([, value]) => isExercise(value))) {
        const exercise = value as Exercise;
        found.push(exercise.id);
        expect(file, exercise.id).toBe(`${exercise.id}.ts`);
        expect(name).toBe(pascal(exercise.id).replace(/^./, (first) => first.toLowerCase()));
        expect(exercises.filter((registered) => registered === exercise)).toHaveLength(1);
      }
    }
    expect(found.sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
    expect(exercises[0]?.id).toBe('coherent-breathing');
  });

  it('ids are unique and kebab-case', () => {
    const ids = exercises.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
    for (const id of ids) expect(exerciseById(id)?.id).toBe(id);
  });

  it('every message key an exercise uses exists in English', () => {
    expect(missing(exercises.flatMap(keysOf))).toEqual([]);
  });

  it('every practice has at least one exercise', () => {
    for (const practice of practices) expect(exercises.filter((exercise) => exercise.practice === practice).length).toBeGreaterThan(0);
  });

  it('each lasts between 30 seconds and 6 minutes, however long the person likes to breathe', () => {
    for (const exercise of exercises) {
      expect(exerciseSeconds(exercise), exercise.id).toBeGreaterThanOrEqual(30);
      expect(exerciseSeconds(exercise, 5), exercise.id).toBeLessThanOrEqual(6 * 60);
    }
  });

  it('each line held for a while leaves time to read it and do it', () => {
    for (const exercise of exercises) {
      for (const step of exercise.steps) {
        if (step.kind === 'touch') expect(step.seconds, exercise.id).toBeGreaterThanOrEqual(20);
        if (step.kind !== 'dwell') continue;
        const words = english[step.text]?.message.split(/\s+/).length ?? 0;
        expect(step.seconds, step.text).toBeGreaterThanOrEqual(Math.max(8, words / 3));
        expect(step.seconds, step.text).toBeLessThanOrEqual(40);
      }
    }
  });

  it('lines wait for Next unless the time is the practice (mindfulness); each intro leads into a step', () => {
    for (const exercise of exercises) {
      const held = exercise.steps.filter((step) => step.kind === 'dwell');
      if (held.length > 0) expect(exercise.practice, exercise.id).toBe('mindfulness');
      exercise.steps.forEach((step, index) => {
        if (step.kind === 'guide' && step.intro) expect(index, `${exercise.id} intro`).toBeLessThan(exercise.steps.length - 1);
      });
    }
  });

  it('4-7-8 stays at or under four rounds whatever length is asked, and says what to do if light-headed', () => {
    const fourSevenEight = exerciseById('four-seven-eight');
    const breathing = fourSevenEight?.steps.find((step) => step.kind === 'breathing');
    expect(breathing?.pattern).toBe('4-7-8');
    expect(english[breathing?.note ?? '']?.message).toMatch(/light-headed/);
    for (const minutes of [1, 2, 3, 5, 10, 30]) {
      expect(sessionCycles('4-7-8', { durationMs: minutes * 60_000 })).toBeLessThanOrEqual(4);
      expect(exerciseSeconds(fourSevenEight!, minutes)).toBeLessThanOrEqual(personPacedSeconds.guide + 4 * 19);
    }
  });

  it('practices that may stir things up ask for something not too big, and offer a way out from their first step', () => {
    for (const id of ['friend-check', 'allow-it', 'body-scan']) {
      const first = exerciseById(id)?.steps[0];
      expect(first?.kind === 'guide' ? first.aside : undefined, id).toBe('exGentleWayOut');
    }
    expect(english.exGentleWayOut?.message).toMatch(/open your eyes, feel your feet.*or stop/);
    for (const id of ['friend-check', 'allow-it', 'self-compassion-break']) {
      const first = exerciseById(id)?.steps[0];
      expect(english[first?.kind === 'guide' ? first.text : '']?.message, id).toMatch(/medium/);
    }
  });

  it('the values compass asks for the person\'s own sense apart from others\' approval, and its question invites rather than audits', () => {
    const texts = (exerciseById('values-compass')?.steps ?? []).flatMap((step) => (step.kind === 'guide' ? [english[step.text]?.message ?? ''] : []));
    expect(texts.some((text) => /set aside what others would think.*your own sense/.test(text))).toBe(true);
    expect(english.valuesStepQuestion?.message).not.toMatch(/\bin line with\b|\bshould\b|\bIs what you/);
  });

  it('box breathing can be done without holds, and soothing touch takes 30 to 60 seconds', () => {
    expect(breathingPatterns.box.phases.filter((phase) => phase.kind === 'hold').every((phase) => phase.optional)).toBe(true);
    expect(exerciseById('box-breathing')?.steps).toContainEqual(expect.objectContaining({ pattern: 'box' }));
    // A box by default, with a closing of its own for when the holds are off.
    expect(defaultPreferences.exercises.breathingHolds).toBe(true);
    expect(english[exerciseById('box-breathing')?.closingWithoutHolds ?? '']?.message).not.toMatch(/square/);
    const touch = exerciseSeconds(exerciseById('soothing-touch')!);
    expect(touch).toBeGreaterThanOrEqual(30);
    expect(touch).toBeLessThanOrEqual(60);
  });
});

describe('emotion words', () => {
  it('each quadrant has at least twelve, with a label and a hint in words', () => {
    for (const quadrant of quadrants) {
      expect(emotionWords[quadrant].length, quadrant).toBeGreaterThanOrEqual(12);
      expect(missing([quadrantLabels[quadrant], quadrantHints[quadrant]])).toEqual([]);
    }
  });

  it('ids are unique across quadrants and kebab-case, and every key exists in English', () => {
    const ids = allWords.map((word) => word.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
    expect(allWords.filter((word) => word.key !== `emotion${pascal(word.id)}`)).toEqual([]);
    expect(missing(allWords.map((word) => word.key))).toEqual([]);
  });

  it('the first twelve of each quadrant, shown first, include the hard feelings, and the everyday words people reach for are there', () => {
    const firstView = (quadrant: (typeof quadrants)[number]) => emotionWords[quadrant].slice(0, 12).map((word) => word.id);
    expect(firstView('unpleasant-high')).toEqual(expect.arrayContaining(['angry', 'scared']));
    expect(firstView('unpleasant-low')).toEqual(expect.arrayContaining(['ashamed', 'hurt', 'hopeless']));
    expect(firstView('pleasant-high')).toContain('happy');
    for (const id of ['happy', 'embarrassed', 'insecure', 'jealous', 'regretful', 'rejected', 'confused']) expect(allWords.map((word) => word.id)).toContain(id);
  });

  it('worthless, a judgement rather than a feeling, is no longer offered, and words that read two ways gave way; entries that named them still read back', () => {
    const offered = allWords.map((word) => word.id);
    for (const id of ['worthless', 'tender', 'wistful']) {
      expect(offered).not.toContain(id);
      expect(emotionWordById(id)?.key).toBe(`emotion${pascal(id)}`);
    }
    expect(quadrantOfWord('worthless')).toBe('unpleasant-low');
    expect(quadrantOfWord('tender')).toBe('pleasant-low');
    expect(quadrantOfWord('angry')).toBe('unpleasant-high');
    expect(quadrantOfWord('not-a-word')).toBeUndefined();
  });

  it('hopeless and despairing gently bring the More support link into view; everyday words do not', () => {
    expect(needsSupportLink(['hopeless'])).toBe(true);
    expect(needsSupportLink(['calm', 'despairing'])).toBe(true);
    expect(needsSupportLink(['tired', 'sad'])).toBe(false);
    expect(needsSupportLink([])).toBe(false);
    expect(needsSupportLink(['not-a-word'])).toBe(false);
    expect(emotionWordById('hopeless')?.offerSupport).toBe(true);
    expect(emotionWordById('not-a-word')).toBeUndefined();
  });
});

describe('values', () => {
  it('about thirty, unique kebab-case ids, every key in English', () => {
    const ids = valueOptions.map((value) => value.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
    expect(missing(valueOptions.map((value) => value.key))).toEqual([]);
  });

  it('gives the message key of a known value, and nothing for the person’s own words', () => {
    expect(valueLabelKey('kindness')).toBe('valueKindness');
    expect(valueLabelKey('Being there for my sister')).toBeUndefined();
  });
});

describe('practice copy', () => {
  const keys = [
    ...exercises.flatMap(keysOf),
    ...allWords.map((word) => word.key),
    ...quadrants.flatMap((quadrant) => [quadrantLabels[quadrant], quadrantHints[quadrant]]),
    ...valueOptions.map((value) => value.key),
  ];

  it('never guilts, pressures or says "should"', () => {
    const found = keys
      .map((key) => ({ key, reasons: [...pressureInMessage(key, english[key]?.message ?? ''), ...(/\bshould\b/i.test(english[key]?.message ?? '') ? ['should'] : [])] }))
      .filter(({ reasons }) => reasons.length > 0);
    expect(found).toEqual([]);
  });

  it('never judges a feeling: unpleasant is not bad', () => {
    expect(keys.filter((key) => /\b(bad|negative|wrong)\b/i.test(english[key]?.message ?? ''))).toEqual([]);
  });
});
