import type { BreathPhaseKind } from '../../core/breathing';

/*
 * A soft tone at each change of breath, made on the spot with Web Audio: no audio files. Off by
 * default (preference exercises.chime). One context per page, created on first use only.
 */
let context: AudioContext | undefined;

/** Gentle, close together, a little lower on the way out. */
const pitches: Record<BreathPhaseKind, number> = { in: 523.25, 'top-up': 587.33, hold: 440, out: 392 };
/** Quiet: a hint of sound under whatever else is playing. */
const PEAK_GAIN = 0.05;

function audioContext(): AudioContext | undefined {
  if (context) return context;
  // Test DOMs and some embedded views have no Web Audio; the pause simply stays silent there.
  const Context = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (typeof Context !== 'function') return undefined;
  try {
    context = new Context();
  } catch {
    return undefined;
  }
  return context;
}

export function playChime(phase: BreathPhaseKind): void {
  const audio = audioContext();
  if (!audio) return;
  if (audio.state === 'suspended') audio.resume().catch(() => undefined);
  const start = audio.currentTime;
  const tone = audio.createOscillator();
  const envelope = audio.createGain();
  tone.type = 'sine';
  tone.frequency.value = pitches[phase];
  // A soft attack (no click) and a long, even fade.
  envelope.gain.setValueAtTime(0.0001, start);
  envelope.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + 0.06);
  envelope.gain.exponentialRampToValueAtTime(0.0001, start + 1.8);
  tone.connect(envelope).connect(audio.destination);
  tone.start(start);
  tone.stop(start + 1.9);
}

/** Lets the audio device go once no breathing is shown. */
export function releaseChime(): void {
  const audio = context;
  context = undefined;
  audio?.close().catch(() => undefined);
}
