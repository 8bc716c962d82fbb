import { act, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseRunner } from '../../../src/ui/runner/exercise-runner';
import { exercise, preferences } from './runner-fixtures';

/** Records what the chime asks of Web Audio; jsdom has none. */
function fakeAudio() {
  const tones: { frequency: number; started: boolean }[] = [];
  const peaks: number[] = [];
  const param = () => ({
    value: 0,
    setValueAtTime: vi.fn(),
    exponentialRampToValueAtTime: vi.fn((value: number) => peaks.push(value)),
  });
  const node = () => ({ connect: (next: unknown) => next });
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    close = vi.fn(() => Promise.resolve());
    resume = vi.fn(() => Promise.resolve());
    createOscillator() {
      const tone = { frequency: 0, started: false };
      tones.push(tone);
      return {
        ...node(),
        type: 'sine',
        frequency: { set value(hz: number) { tone.frequency = hz; } },
        start: () => (tone.started = true),
        stop: vi.fn(),
      };
    }
    createGain() {
      return { ...node(), gain: param() };
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return { tones, peaks };
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const breathing = exercise([{ kind: 'breathing', pattern: 'coherent' }]);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the breathing chime', () => {
  it('is silent by default', async () => {
    const audio = fakeAudio();
    render(<ExerciseRunner exercise={breathing} preferences={preferences()} onClose={() => undefined} />);
    await advance(12_000);
    expect(audio.tones).toEqual([]);
  });

  it('when turned on, sounds softly at each change of breath, not at the start', async () => {
    const audio = fakeAudio();
    render(<ExerciseRunner exercise={breathing} preferences={preferences({ exercises: { chime: true } })} onClose={() => undefined} />);
    await advance(5_000);
    expect(audio.tones).toEqual([]);
    await advance(1_000);
    expect(audio.tones).toEqual([{ frequency: 392, started: true }]);
    await advance(5_500);
    expect(audio.tones).toHaveLength(2);
    expect(Math.max(...audio.peaks)).toBeLessThanOrEqual(0.1);
  });

  it('is no trouble where there is no Web Audio', async () => {
    render(<ExerciseRunner exercise={breathing} preferences={preferences({ exercises: { chime: true } })} onClose={() => undefined} />);
    await advance(12_000);
    expect(document.querySelector('.breathing-pacer__cue')?.textContent).toBe('Breathe in');
  });
});
