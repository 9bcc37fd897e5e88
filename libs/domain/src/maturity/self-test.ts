import { DomainError } from '../errors/domain-error';

export enum SelfTestBand {
  LongWayToGo = 'long_way_to_go',
  DoingWell = 'doing_well',
  OnTopOfIt = 'on_top_of_it',
}

/** The answers each of the four questions offers: a-c for the first three, a-d for the last. */
const QUESTION_ANSWERS = [
  ['a', 'b', 'c'],
  ['a', 'b', 'c'],
  ['a', 'b', 'c'],
  ['a', 'b', 'c', 'd'],
];

const POINTS: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 };

export interface SelfTestResult {
  points: number;
  band: SelfTestBand;
}

/** The maturity self-test: a=1 … d=4 points; 4-6 a long way to go, 7-10 doing well, 11-13 on top of it. */
export function scoreSelfTest(answers: string[]): SelfTestResult {
  if (answers.length !== QUESTION_ANSWERS.length) {
    throw DomainError.invalid('answers', `answer all ${QUESTION_ANSWERS.length} questions`);
  }
  const points = answers.reduce((sum, answer, index) => {
    if (!QUESTION_ANSWERS[index]?.includes(answer)) {
      throw DomainError.invalid(
        `answers.${index}`,
        `question ${index + 1} has answers ${QUESTION_ANSWERS[index]?.join(', ')}`,
      );
    }
    return sum + (POINTS[answer] ?? 0);
  }, 0);
  const band =
    points <= 6
      ? SelfTestBand.LongWayToGo
      : points <= 10
        ? SelfTestBand.DoingWell
        : SelfTestBand.OnTopOfIt;
  return { points, band };
}
