import { render, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import type { EmotionWord, Quadrant } from '../../../src/core/emotions';
import { EmotionPicker } from '../../../src/ui/runner/emotion-picker';
import { fixtureWords, say } from './runner-fixtures';

function Picker({ words = fixtureWords }: { words?: Record<Quadrant, EmotionWord[]> }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [quadrant, setQuadrant] = useState<Quadrant>();
  return (
    <>
      <button type="button">before</button>
      <EmotionPicker quadrant={quadrant} onQuadrant={setQuadrant} picked={picked} onChange={setPicked} words={words} />
    </>
  );
}

const radio = (key: string) => screen.getByRole<HTMLInputElement>('radio', { name: say(key) });
const word = (key: string) => screen.getByRole('button', { name: say(key) });
/** The notice a support word brings, if it is there. */
const supportNotice = () => document.querySelector<HTMLElement>('.emotion-picker__support');
const pressed = () => screen.queryAllByRole('button', { pressed: true }).map((element) => element.textContent);

/** The picker, with focus moved onto its quadrants by Tab; `user` types as a person would. */
async function startOnQuadrants() {
  const user = userEvent.setup();
  render(<Picker />);
  screen.getByRole('button', { name: 'before' }).focus();
  await user.tab();
  return { user, first: document.activeElement };
}

describe('EmotionPicker by keyboard', () => {
  it('names each quadrant in words, with a hint, not by colour alone', () => {
    render(<Picker />);
    for (const key of ['quadrantPleasantHigh', 'quadrantPleasantLow', 'quadrantUnpleasantHigh', 'quadrantUnpleasantLow']) {
      expect(radio(key).getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(radio('quadrantPleasantHigh').closest('label')?.textContent).toContain(say('quadrantPleasantHighHint'));
  });

  it('arrow keys move round the 2×2 grid as it looks, choosing as they go', async () => {
    const { user, first } = await startOnQuadrants();
    expect(first).toBe(radio('quadrantUnpleasantHigh'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(radio('quadrantPleasantHigh'));
    expect(radio('quadrantPleasantHigh').checked).toBe(true);
    await user.keyboard('{ArrowDown}');
    expect(radio('quadrantPleasantLow').checked).toBe(true);
    await user.keyboard('{ArrowLeft}');
    expect(radio('quadrantUnpleasantLow').checked).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(radio('quadrantUnpleasantHigh').checked).toBe(true);
    expect(document.activeElement).toBe(radio('quadrantUnpleasantHigh'));
  });

  it('picks two words; a third is kindly refused until one is unpicked', async () => {
    const { user } = await startOnQuadrants();
    await user.keyboard(' ');
    expect(radio('quadrantUnpleasantHigh').checked).toBe(true);
    expect(document.querySelector('.pick-toggles__status')?.textContent).toBe('');
    await user.tab();
    expect(document.activeElement).toBe(word('emotionUnsettled'));
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual([say('emotionUnsettled'), say('emotionImpatient')]);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual([say('emotionUnsettled'), say('emotionImpatient')]);
    expect(word('emotionIrritated').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(say('emotionPickerLimit')).getAttribute('role')).toBe('status');
    // Unpicking one makes room again.
    await user.tab({ shift: true });
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual([say('emotionUnsettled'), say('emotionIrritated')]);
    expect(screen.queryByText(say('emotionPickerLimit'))).toBeNull();
  });

  it('arrow keys move between the words as well as Tab', async () => {
    const { user } = await startOnQuadrants();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(word('emotionImpatient'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(word('emotionOverwhelmed'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(word('emotionUnsettled'));
  });

  it('shows twelve words first, mild to intense, and the rest after "More words", focus on the first new one', async () => {
    const { user } = await startOnQuadrants();
    await user.keyboard(' ');
    const words = () => screen.getAllByRole('button', { pressed: false }).map((element) => element.textContent);
    expect(words()).toHaveLength(12);
    expect(words()[0]).toBe(say('emotionUnsettled'));
    expect(screen.queryByRole('button', { name: say('emotionAngry') })).toBeNull();
    screen.getByRole('button', { name: say('emotionPickerMoreWords') }).focus();
    await user.keyboard('{Enter}');
    expect(words()).toHaveLength(14);
    expect(document.activeElement).toBe(word('emotionAngry'));
    expect(screen.queryByRole('button', { name: say('emotionPickerMoreWords') })).toBeNull();
  });

  it('choosing "hopeless" gently shows the More support link; everyday words do not', async () => {
    const { user } = await startOnQuadrants();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual([say('emotionTired')]);
    expect(supportNotice()).toBeNull();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual([say('emotionTired'), say('emotionHopeless')]);
    const link = within(supportNotice() as HTMLElement).getByRole('link', { name: say('emotionPickerSupportLink') });
    expect(link.getAttribute('href')).toBe('support.html');
    expect(supportNotice()?.textContent).toContain(say('emotionPickerSupportLine'));
    // Unpicked, the notice goes quietly away.
    await user.keyboard(' ');
    expect(supportNotice()).toBeNull();
  });

  it('with the unpleasant, low-energy words, says quietly that a thought like worthless is not the truth, beside More support', async () => {
    const { user } = await startOnQuadrants();
    await user.keyboard('{ArrowDown}');
    const line = screen.getByText(say('emotionPickerHeavyThought'), { exact: false });
    expect(within(line).getByRole('link', { name: say('emotionPickerSupportLink') }).getAttribute('href')).toBe('support.html');
    // The other quadrants don't carry it.
    await user.keyboard('{ArrowUp}');
    expect(screen.queryByText(say('emotionPickerHeavyThought'), { exact: false })).toBeNull();
  });

  it('keeps picks from another quadrant, since feelings mix, and says which are named', async () => {
    const { user } = await startOnQuadrants();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab({ shift: true });
    screen.getByRole('radio', { name: say('quadrantUnpleasantHigh') }).focus();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByText(say('emotionPickerNamed', `${say('emotionUnsettled')} and ${say('emotionTired')}`))).toBeTruthy();
  });
});
