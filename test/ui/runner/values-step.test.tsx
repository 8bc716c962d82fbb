import { render, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { valueOptions, type ValueOption } from '../../../src/core/values';
import { ValuesStep } from '../../../src/ui/runner/values-step';
import { fixtureValues, say } from './runner-fixtures';

function Step({ chosen = [], options = fixtureValues }: { chosen?: string[]; options?: readonly ValueOption[] }) {
  const [picked, setPicked] = useState<string[]>([]);
  return <ValuesStep chosen={chosen} picked={picked} onPick={setPicked} options={options} />;
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

  it('with none chosen, offers a short set of eight and the rest behind "More values", focus on the first new one', async () => {
    const user = userEvent.setup();
    render(<Step options={valueOptions} />);
    const choices = () => screen.getByRole('group', { name: say('valuesStepPick') }).querySelectorAll('button');
    expect(choices()).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: say('valuesStepMore') }));
    expect(choices()).toHaveLength(valueOptions.length);
    expect(document.activeElement).toBe(choices()[8]);
    expect(screen.queryByRole('button', { name: say('valuesStepMore') })).toBeNull();
  });
});
