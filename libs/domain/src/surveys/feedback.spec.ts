import { feedbackKind, FeedbackKind, splitFeedback } from './feedback';

describe('feedback from a survey’s comments', () => {
  const scale = { scaleMin: 1, scaleMax: 5 };

  it('keeps top-score comments to repeat and bottom-half ones to correct, in order', () => {
    const feedback = splitFeedback(
      [
        { score: 5, comment: 'Same-day replacement, great' },
        { score: 1, comment: 'Nobody answers the phone' },
        { score: 3, comment: 'Fine, I suppose' },
        { score: 4, comment: 'Mostly quick' },
        { score: 2, comment: 'Forms get lost' },
        { score: 5, comment: 'Friendly staff' },
      ],
      scale,
    );
    expect(feedback).toEqual({
      repeat: ['Same-day replacement, great', 'Friendly staff'],
      correct: ['Nobody answers the phone', 'Forms get lost'],
    });
  });

  it('splits an even scale at its middle, and a scale from zero the same way', () => {
    const comments = [0, 1, 2, 3, 4].map((score) => ({ score, comment: `scored ${score}` }));
    expect(splitFeedback(comments, { scaleMin: 1, scaleMax: 4 })).toEqual({
      repeat: ['scored 4'],
      correct: ['scored 0', 'scored 1', 'scored 2'],
    });
    expect(splitFeedback(comments, { scaleMin: 0, scaleMax: 4 })).toEqual({
      repeat: ['scored 4'],
      correct: ['scored 0', 'scored 1'],
    });
  });

  it('leaves out blank comments and answers empty lists without any', () => {
    expect(splitFeedback([{ score: 5, comment: '  ' }], scale)).toEqual({
      repeat: [],
      correct: [],
    });
    expect(splitFeedback([], scale)).toEqual({ repeat: [], correct: [] });
  });
});

describe('what one comment asks of the provider', () => {
  const scale = { scaleMin: 1, scaleMax: 5 };

  it('is to repeat at the top score, to correct below the middle, and nothing otherwise', () => {
    const kinds = [1, 2, 3, 4, 5].map((score) => feedbackKind({ score, comment: 'said' }, scale));
    expect(kinds).toEqual([
      FeedbackKind.Correct,
      FeedbackKind.Correct,
      undefined,
      undefined,
      FeedbackKind.Repeat,
    ]);
    expect(feedbackKind({ score: 5, comment: ' \n' }, scale)).toBeUndefined();
  });
});
