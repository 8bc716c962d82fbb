/**
 * Whole percentages of each weight that sum to exactly 100 (largest-remainder rounding: each
 * share rounded down, then the points left go to the largest remainders, earlier first on a
 * tie), or all zero when nothing weighs anything.
 */
export function wholePercentages(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (!(total > 0) || !Number.isFinite(total)) return weights.map(() => 0);
  const exact = weights.map((weight) => (Math.max(0, weight) * 100) / total);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}
