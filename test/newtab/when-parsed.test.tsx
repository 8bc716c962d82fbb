import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenParsed } from '../../src/newtab/dom';

afterEach(() => {
  document.body.replaceChildren();
});

describe('whenParsed', () => {
  it('builds at once when the element is already in the document', () => {
    const root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
    const build = vi.fn();
    whenParsed('app', build);
    expect(build).toHaveBeenCalledExactlyOnceWith(root);
  });

  it('builds when the element arrives, before anything else can run, and once only', async () => {
    const build = vi.fn();
    whenParsed('app', build);
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(build).not.toHaveBeenCalled();

    const root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
    // A mutation callback runs as a microtask: right after the task that inserted the element,
    // ahead of any timer or frame.
    await Promise.resolve();
    expect(build).toHaveBeenCalledExactlyOnceWith(root);

    root.append(document.createElement('main'));
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(build).toHaveBeenCalledOnce();
  });
});
