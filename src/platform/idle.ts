import browser from 'webextension-polyfill';

export type IdleState = 'active' | 'idle' | 'locked';

/** Browsers accept 15 seconds at the least. */
export function setIdleThreshold(seconds: number): void {
  browser.idle.setDetectionInterval(Math.max(15, Math.round(seconds)));
}

export function onIdleStateChanged(callback: (state: IdleState) => void): void {
  browser.idle.onStateChanged.addListener((state) => callback(state));
}
