import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { nameIt } from '../../../src/core/exercises/name-it';
import { ExerciseRunner } from '../../../src/ui/runner/exercise-runner';
import { noAnswers } from '../../../src/ui/runner/runner-answers';
import { fixtureWords, preferences, say } from './runner-fixtures';

function renderAt(emotions: string[]) {
  render(
    <ExerciseRunner
      exercise={nameIt}
      preferences={preferences()}
      onClose={() => undefined}
      emotionWords={fixtureWords}
      startStep={2}
      startAnswers={{ ...noAnswers, emotions }}
      record={false}
    />,
  );
}

const supportLinks = () => screen.queryAllByRole('link', { name: say('emotionPickerSupportLink') });
const finish = () => fireEvent.click(screen.getAllByRole('button').find((button) => /^(Done|Continue|Next)$/.test(button.textContent ?? '')) as HTMLElement);

describe('after a word that brings support into view', () => {
  it('the note asks gently, inviting no reasons, and More support stays in view through the closing', async () => {
    renderAt(['tired', 'hopeless']);
    expect(screen.getByRole('textbox', { name: say('runnerGentlePrompt') })).toBeTruthy();
    expect(screen.queryByText(say('exNameItMakesSensePrompt'))).toBeNull();
    expect(supportLinks()).toHaveLength(1);
    expect(supportLinks()[0]?.getAttribute('href')).toBe('support.html');
    finish();
    await screen.findByRole('button', { name: say('runnerClose') });
    expect(supportLinks()).toHaveLength(1);
    expect(within(supportLinks()[0]?.closest('p') as HTMLElement).getByText(say('emotionPickerSupportLine'), { exact: false })).toBeTruthy();
  });

  it('with everyday words, the note keeps its own prompt and no support line follows', () => {
    renderAt(['tired']);
    expect(screen.getByRole('textbox', { name: say('exNameItMakesSensePrompt') })).toBeTruthy();
    expect(supportLinks()).toHaveLength(0);
  });
});
