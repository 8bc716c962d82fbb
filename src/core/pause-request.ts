/*
 * What the pause window is opened for, as its address says it: the worker writes the address,
 * the pause page reads it back.
 */
export interface PauseRequest {
  /** An exercise to run (from "Pop out"), from a given step. */
  exercise?: string;
  step?: number;
  /** A test reminder from the options page: shown as a reminder's pause would be, and not counted. */
  test?: boolean;
}

/** "pause.html", "pause.html?exercise=name-it&step=2" or "pause.html?test=1". */
export function pausePagePath({ exercise, step, test }: PauseRequest): string {
  const parts: string[] = [];
  if (exercise !== undefined) parts.push(`exercise=${encodeURIComponent(exercise)}`, `step=${String(step ?? 0)}`);
  if (test) parts.push('test=1');
  return parts.length === 0 ? 'pause.html' : `pause.html?${parts.join('&')}`;
}

/** Reads a pause page's query (`location.search`); anything odd in it asks for nothing. */
export function parsePauseRequest(search: string): PauseRequest {
  const params = new Map(
    search
      .replace(/^\?/, '')
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [key = '', value = ''] = pair.split('=');
        return [decodeURIComponent(key), decodeURIComponent(value)] as const;
      }),
  );
  const request: PauseRequest = {};
  const exercise = params.get('exercise');
  if (exercise) request.exercise = exercise;
  const step = Number(params.get('step'));
  if (Number.isInteger(step) && step > 0) request.step = step;
  if (params.get('test') === '1') request.test = true;
  return request;
}
