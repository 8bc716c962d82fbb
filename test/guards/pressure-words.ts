/*
 * Kindly never guilts or pressures (docs/design.md, "No guilt"). People quit tools that count what
 * they missed or push them with urgency, so these words and phrases are kept out of the English
 * messages. Each entry says why; a message that truly needs one should be rephrased instead.
 * Shared by the kind-language guard and the exercise conventions.
 */
const refused: { pattern: RegExp; why: string; feelingName?: true }[] = [
  { pattern: /\bmiss(ed|ing)? (a |your |\d+ )?(pause|break|session|day)s?\b/i, why: 'counts what was skipped' },
  { pattern: /\bstreaks?\b/i, why: 'streaks turn rest into a score that can be lost' },
  { pattern: /\b(you )?fail(ed|ure)?\b/i, why: 'frames a choice as failure' },
  { pattern: /\blazy\b/i, why: 'judges the person' },
  { pattern: /\bshould(n't| not)? have\b/i, why: 'hindsight blame' },
  { pattern: /\byou (must|need to|have to)\b/i, why: 'commands instead of inviting' },
  { pattern: /\bdon't forget\b/i, why: 'nagging' },
  { pattern: /\b(hurry|quick,|right now!|asap)\b/i, why: 'urgency' },
  { pattern: /\bfall(en|ing)? behind\b|\byou're behind\b/i, why: 'comparison with a schedule' },
  { pattern: /\b(guilt|guilty|shame|ashamed)\b/i, why: 'names the feeling Kindly exists to ease', feelingName: true },
  { pattern: /\bdisappoint/i, why: 'implies someone is let down', feelingName: true },
  { pattern: /\bonly \d+ (left|more)\b/i, why: 'scarcity pressure' },
  { pattern: /\bgave up|giving up\b/i, why: 'frames stopping as quitting' },
  { pattern: /!{2,}/, why: 'shouting' },
];

export function pressureIn(text: string): string[] {
  return refused.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);
}

/**
 * Name it must be able to offer the words people need for what they feel, shame and guilt
 * included: naming a feeling precisely is the practice. So a single-word emotion label
 * (message keys emotionXxx) may name those feelings; every other rule still applies to it.
 */
export function pressureInMessage(key: string, text: string): string[] {
  const isFeelingName = /^emotion[A-Z]/.test(key) && !/\s/.test(text.trim());
  return refused.filter(({ pattern, feelingName }) => pattern.test(text) && !(isFeelingName && feelingName)).map(({ why }) => why);
}
