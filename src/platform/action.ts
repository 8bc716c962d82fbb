import browser from 'webextension-polyfill';

/** The toolbar badge: short text (empty hides it) and the button's tooltip. */
export async function setBadge(text: string, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setTitle({ title }),
    text ? browser.action.setBadgeBackgroundColor({ color: '#2f6b61' }) : Promise.resolve(),
  ]);
}
