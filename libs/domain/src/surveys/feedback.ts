/** A rated comment from a survey whose scale runs from `scaleMin` to `scaleMax`. */
export interface RatedComment {
  score: number;
  comment: string;
}

/** What the internal customers said: what to keep doing, and what to fix. */
export interface Feedback {
  /** Comments given with the top score of the scale: what the provider should repeat. */
  repeat: string[];
  /** Comments given with a score in the bottom half of the scale: what it should correct. */
  correct: string[];
}

/** What a comment asks of the provider: to repeat what it praises, or to correct what it blames. */
export enum FeedbackKind {
  Repeat = 'repeat',
  Correct = 'correct',
}

/**
 * The top of the scale is praise to repeat, the bottom half a complaint to correct; the scores
 * between say too little either way, and a blank comment says nothing: undefined for those.
 */
export function feedbackKind(
  entry: RatedComment,
  scale: { scaleMin: number; scaleMax: number },
): FeedbackKind | undefined {
  if (entry.comment.trim() === '') {
    return undefined;
  }
  if (entry.score === scale.scaleMax) {
    return FeedbackKind.Repeat;
  }
  return entry.score < (scale.scaleMin + scale.scaleMax) / 2 ? FeedbackKind.Correct : undefined;
}

/** Splits comments by their {@link feedbackKind}, each list in the order given. */
export function splitFeedback(
  comments: readonly RatedComment[],
  scale: { scaleMin: number; scaleMax: number },
): Feedback {
  const of = (kind: FeedbackKind) =>
    comments.filter((entry) => feedbackKind(entry, scale) === kind).map((entry) => entry.comment);
  return { repeat: of(FeedbackKind.Repeat), correct: of(FeedbackKind.Correct) };
}
