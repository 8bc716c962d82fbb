import { render, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ValuesStep } from '../../../src/ui/runner/values-step';
import { fixtureValues, say } from './runner-fixtures';

function Step({ chosen = [] }: { chosen?: string[] }) {
  const [picked, setPicked] = useState<string[]>([]);
  return <ValuesStep chosen={chosen} picked={picked} onPick={setPicked} options={fixtureValues} />;
}

const pressed = () => screen.queryAllByRole('button', { pressed: true }).map((element) => element.textContent);

describe('ValuesStep', () => {
  it("shows the values chosen in Options, the list's in its words and the person's own as written", () => {
    render(<Step chosen={['honesty', 'Time with my kids']} />);
    const list = screen.getByRole('list', { name: say('valuesStepYours') });
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([say('valueHonesty'), 'Time with my kids']);
    expect(screen.getByText(say('valuesStepQuestion'))).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('with none chosen, lets the person pick up to five by keyboard; a sixth is kindly refused', async () => {
    const user = userEvent.setup();
    render(<Step />);
    expect(screen.getByText(say('valuesStepOptionsHint'))).toBeTruthy();
    expect(screen.queryByText(say('valuesStepQuestion'))).toBeNull();
    document.body.focus();
    for (let i = 0; i < 6; i++) {
      await user.tab();
      await user.keyboard(' ');
    }
    expect(pressed()).toEqual(['Kindness', 'Honesty', 'Curiosity', 'Family', 'Friendship'].map((name) => say(`value${name}`)));
    expect(screen.getByRole('status').textContent).toBe(say('valuesStepLimit'));
    expect(screen.getByText(say('valuesStepQuestion'))).toBeTruthy();
  });
});
