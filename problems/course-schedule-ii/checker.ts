/**
 * Course Schedule II accepts any order that takes every course once and each after its
 * prerequisites; when no such order exists (the expected answer is []), only [] is right.
 */
export function check(input: string, expected: string, actual: string): { ok: boolean; message?: string } {
  const [countLine = '', pairsLine = '[]'] = input.split('\n').filter((line) => line.trim() !== '');
  const n = Number(countLine);
  const pairs = JSON.parse(pairsLine) as [number, number][];
  const want = JSON.parse(expected) as number[];
  let got: unknown;
  try {
    got = JSON.parse(actual);
  } catch {
    return { ok: false, message: 'the answer is not a JSON array' };
  }
  if (!Array.isArray(got) || !got.every((x) => Number.isInteger(x))) return { ok: false, message: 'the answer is not an array of course numbers' };
  const order = got as number[];
  if (want.length === 0) return order.length === 0 ? { ok: true } : { ok: false, message: 'the prerequisites form a cycle, so the answer is []' };
  if (order.length !== n) return { ok: false, message: `the order has ${order.length} courses, expected all ${n}` };
  const position = new Array<number>(n).fill(-1);
  for (const [i, course] of order.entries()) {
    if (course < 0 || course >= n) return { ok: false, message: `course ${course} does not exist` };
    if (position[course] !== -1) return { ok: false, message: `course ${course} is taken twice` };
    position[course] = i;
  }
  for (const [a, b] of pairs) {
    if ((position[b] as number) > (position[a] as number)) return { ok: false, message: `course ${a} is taken before its prerequisite ${b}` };
  }
  return { ok: true };
}
