import './runner.css';
import type { ComponentChildren } from 'preact';
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { needsSupportLink, type EmotionWord, type Quadrant } from '../../core/emotions';
import type { Exercise } from '../../core/exercises/types';
import type { Preferences } from '../../core/preferences';
import { msLeftInStep, runnerProgress, stepActions, type RunnerSettings } from '../../core/runner';
import type { ValueOption } from '../../core/values';
import { usePrefersReducedMotion } from '../use-reduced-motion';
import { CurrentStep } from './current-step';
import { exerciseText } from './exercise-text';
import { journalEntryFor, keepsWords, noAnswers, type RunnerAnswers } from './runner-answers';
import { RunnerClosing } from './runner-closing';
import { RunnerControls } from './runner-controls';
import { RunnerProgress } from './runner-progress';
import { useEscapeKey } from './use-escape-key';
import { useJournalOnFinish } from './use-journal-on-finish';
import { SupportNotice } from './support-notice';
import { useRunner } from './use-runner';
import { useStepAnnouncement } from './use-step-announcement';
import { useStepFocus } from './use-step-focus';

/** What a page offers at the closing, given the feeling words the run named (none for most practices). */
export type ClosingMore = (named: readonly string[]) => ComponentChildren;

/** The preferences the runner reads; a whole `Preferences` object will do. */
export interface RunnerPreferences {
  exercises: Pick<Preferences['exercises'], 'breathingMinutes' | 'breathingHolds' | 'chime' | 'motion'>;
  values: Pick<Preferences['values'], 'chosen'>;
  history: Preferences['history'];
}

export interface ExerciseRunnerProps {
  exercise: Exercise;
  preferences: RunnerPreferences;
  /** Where to begin, e.g. the step a popped-out exercise had reached. */
  startStep?: number;
  /** The title's heading level: 2 under a page's own h1, 1 when the runner is the page. */
  headingLevel?: 1 | 2 | 3;
  /** Esc, or Close at the end. */
  onClose: () => void;
  /** What the person had already given, e.g. picks and a note carried by "Pop out". */
  startAnswers?: RunnerAnswers;
  /** Shown as "Pop out" only when given; called with the step showing now and the answers so far. */
  onPopOut?: (step: number, answers: RunnerAnswers) => void;
  /** Offered at the closing beside Close, e.g. the pause window's next choices. */
  closingMore?: ClosingMore;
  /** Whether the run goes into the journal (true unless it is a test reminder's pause). */
  record?: boolean;
  /** The bundled lists unless given (tests use small ones). */
  emotionWords?: Readonly<Record<Quadrant, readonly EmotionWord[]>>;
  valueOptions?: readonly ValueOption[];
}

/**
 * Runs any exercise, step by step, in the popup, the pause window or the new tab. Finishing early
 * is always fine; either way one entry goes to the private journal on this device (a test
 * reminder's pause excepted).
 */
export function ExerciseRunner(props: ExerciseRunnerProps) {
  const { exercise, preferences, headingLevel = 2, onClose, onPopOut, record = true } = props;
  const settings: RunnerSettings = { breathingMinutes: preferences.exercises.breathingMinutes, holds: preferences.exercises.breathingHolds };
  const [state, send] = useRunner(exercise, settings, props.startStep);
  const [answers, setAnswers] = useState<RunnerAnswers>(props.startAnswers ?? noAnswers);
  const [startedAt] = useState(() => Date.now());
  const reducedMotion = usePrefersReducedMotion() || preferences.exercises.motion === 'reduce';
  const progress = runnerProgress(state);
  const announcement = useStepAnnouncement(exercise.steps, state.step, progress);
  const entry = () => journalEntryFor(exercise, state, answers, preferences.values.chosen, startedAt);
  const journal = useJournalOnFinish(state.finished && record, entry, preferences.history);
  const titleId = useId();
  const runner = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const stepArea = useRef<HTMLDivElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const onAnswers = useCallback((change: (current: RunnerAnswers) => RunnerAnswers) => setAnswers(change), []);
  useEscapeKey(onClose);
  useStepFocus(state.step, runner, stepArea, primary);

  // Whatever had focus (an exercise in a list, say) is gone: start reading from the title.
  useLayoutEffect(() => title.current?.focus(), []);

  const Heading = `h${headingLevel}` as 'h2';
  const actions = stepActions(state);
  // What the closing says was kept, read from the entry the journal gets.
  const finishedEntry = state.finished ? entry() : undefined;
  const onPrimary = () => {
    if (actions.primary === 'pause') send({ type: 'pause' });
    else if (actions.primary === 'resume') send({ type: 'resume' });
    else send({ type: 'next' });
  };
  return (
    <section ref={runner} class={reducedMotion ? 'runner runner--still' : 'runner'} aria-labelledby={titleId}>
      <Heading ref={title} id={titleId} class="runner__title" tabIndex={-1}>
        {exerciseText(exercise.title)}
      </Heading>
      {/* Once a picked word has brought support into view, it stays in view to the end (the picker says it itself). */}
      {needsSupportLink(answers.emotions) && (state.finished || exercise.steps[state.step]?.kind !== 'name-emotion') && <SupportNotice />}
      {finishedEntry ? (
        <RunnerClosing
          closing={!settings.holds && exercise.closingWithoutHolds ? exercise.closingWithoutHolds : exercise.closing}
          endedEarly={state.endedEarly}
          journal={journal}
          keptWords={keepsWords(finishedEntry)}
          notes={Object.values(finishedEntry.notes ?? {})}
          offerTouch={!exercise.steps.some((step) => step.kind === 'touch')}
          onClose={onClose}
          more={props.closingMore?.(answers.emotions)}
        />
      ) : (
        <>
          <RunnerProgress progress={progress} smooth={!reducedMotion} />
          <div ref={stepArea} class="runner__step" key={state.step}>
            <CurrentStep
              exercise={exercise}
              state={state}
              settings={settings}
              reducedMotion={reducedMotion}
              chime={preferences.exercises.chime}
              answers={answers}
              onAnswers={onAnswers}
              chosenValues={preferences.values.chosen}
              emotionWords={props.emotionWords}
              valueOptions={props.valueOptions}
            />
          </div>
          <RunnerControls
            actions={actions}
            msLeft={msLeftInStep(state)}
            paused={state.paused}
            primaryRef={primary}
            onPrimary={onPrimary}
            onQuietNext={() => send({ type: 'skip-step' })}
            onFinish={() => send({ type: 'finish-early' })}
            onPopOut={onPopOut && (() => onPopOut(state.step, answers))}
          />
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
