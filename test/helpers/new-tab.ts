import { expect, vi } from 'vitest';

/** Resolves once the new tab's controls have joined its words, in the frame after the first. */
export async function untilControlsShown(root: Element): Promise<void> {
  await vi.waitFor(() => expect(root.querySelector('.newtab__corner')).not.toBeNull());
}
