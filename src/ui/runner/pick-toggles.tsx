import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';

export interface PickChoice {
  id: string;
  label: string;
}

export interface PickTogglesProps {
  choices: readonly PickChoice[];
  picked: readonly string[];
  max: number;
  onChange: (picked: string[]) => void;
  /** Said politely when one more than `max` is asked for. */
  limitMessage: string;
  /** Id of the visible text that names the group. */
  labelledBy: string;
  /** Moves focus to this choice once it is shown (after "More words"). */
  focusIndex?: number;
}

const moves: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at) => at + 1,
  ArrowDown: (at) => at + 1,
  ArrowLeft: (at) => at - 1,
  ArrowUp: (at) => at - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/** Toggle buttons (aria-pressed) for picking a few of many; one more than allowed is kindly refused. */
export function PickToggles({ choices, picked, max, onChange, limitMessage, labelledBy, focusIndex }: PickTogglesProps) {
  const [refused, setRefused] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const buttons = () => [...(group.current?.querySelectorAll('button') ?? [])];

  useEffect(() => {
    if (focusIndex !== undefined) buttons()[focusIndex]?.focus();
  }, [focusIndex]);

  const toggle = (id: string) => {
    const isPicked = picked.includes(id);
    setRefused(!isPicked && picked.length >= max);
    if (isPicked) onChange(picked.filter((other) => other !== id));
    else if (picked.length < max) onChange([...picked, id]);
  };

  // Arrow keys move between the choices as well as Tab does.
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const all = buttons();
    const at = all.indexOf(event.target as HTMLButtonElement);
    const move = moves[event.key];
    if (at < 0 || !move) return;
    event.preventDefault();
    all[Math.min(Math.max(move(at, all.length - 1), 0), all.length - 1)]?.focus();
  };

  return (
    <>
      <div ref={group} class="pick-toggles" role="group" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
        {choices.map((choice) => (
          <button key={choice.id} type="button" class="pick-toggle" aria-pressed={picked.includes(choice.id)} onClick={() => toggle(choice.id)}>
            {choice.label}
          </button>
        ))}
      </div>
      <p class="runner-small pick-toggles__status" role="status">
        {refused ? limitMessage : ''}
      </p>
    </>
  );
}
