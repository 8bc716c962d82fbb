import type { EmotionWord, Quadrant } from '../../core/emotions';
import type { Exercise } from '../../core/exercises/types';
import { breathingOptionsFor, type RunnerSettings, type RunnerState } from '../../core/runner';
import type { ValueOption } from '../../core/values';
import { BreathingStep } from './breathing-step';
import { EmotionPicker } from './emotion-picker';
import { GuideStep } from './guide-step';
import { needsSupportLink } from '../../core/emotions';
import { ReflectStep } from './reflect-step';
import { emptyNote, type RunnerAnswers } from './runner-answers';
import { TouchStep } from './touch-step';
import { ValuesStep } from './values-step';

export interface CurrentStepProps {
  exercise: Exercise;
  state: RunnerState;
  settings: RunnerSettings;
  reducedMotion: boolean;
  chime: boolean;
  answers: RunnerAnswers;
  onAnswers: (change: (answers: RunnerAnswers) => RunnerAnswers) => void;
  chosenValues: readonly string[];
  emotionWords?: Readonly<Record<Quadrant, readonly EmotionWord[]>>;
  valueOptions?: readonly ValueOption[];
}

/** The view for the step showing now. */
export function CurrentStep(props: CurrentStepProps) {
  const { exercise, state, answers, onAnswers } = props;
  const step = exercise.steps[state.step];
  switch (step?.kind) {
    case 'guide':
      return <GuideStep text={step.text} aside={step.aside} />;
    case 'dwell':
      return <GuideStep text={step.text} />;
    case 'touch':
      return <TouchStep />;
    case 'breathing':
      return (
        <BreathingStep
          step={step}
          options={breathingOptionsFor(step, props.settings)}
          stepMs={state.stepMs}
          paused={state.paused}
          reducedMotion={props.reducedMotion}
          chime={props.chime}
        />
      );
    case 'reflect':
      return (
        <ReflectStep
          step={step}
          note={answers.notes[step.noteId] ?? emptyNote}
          gentle={needsSupportLink(answers.emotions)}
          onChange={(note) => onAnswers((current) => ({ ...current, notes: { ...current.notes, [step.noteId]: note } }))}
        />
      );
    case 'name-emotion':
      return (
        <EmotionPicker
          quadrant={answers.quadrant}
          onQuadrant={(quadrant) => onAnswers((current) => ({ ...current, quadrant }))}
          picked={answers.emotions}
          words={props.emotionWords}
          onChange={(emotions) => onAnswers((current) => ({ ...current, emotions }))}
        />
      );
    case 'values':
      return (
        <ValuesStep
          chosen={props.chosenValues}
          picked={answers.pickedValues}
          options={props.valueOptions}
          onPick={(pickedValues) => onAnswers((current) => ({ ...current, pickedValues }))}
        />
      );
    case undefined:
      return null;
  }
}
