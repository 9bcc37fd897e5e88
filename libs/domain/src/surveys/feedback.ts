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

/**
 * Splits comments by their score: the top of the scale is praise to repeat, the bottom half a
 * complaint to correct; the scores between say too little either way and are left out.
 */
export function splitFeedback(
  comments: readonly RatedComment[],
  scale: { scaleMin: number; scaleMax: number },
): Feedback {
  const middle = (scale.scaleMin + scale.scaleMax) / 2;
  const said = comments.filter((entry) => entry.comment.trim() !== '');
  return {
    repeat: said.filter((entry) => entry.score === scale.scaleMax).map((entry) => entry.comment),
    correct: said.filter((entry) => entry.score < middle).map((entry) => entry.comment),
  };
}
