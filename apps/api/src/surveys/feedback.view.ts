import { ApiProperty } from '@nestjs/swagger';
import { FeedbackKind } from '@app/domain';
import type { FeedbackComment, FeedbackPage } from './surveys.service';

/** One comment that asks for something, and what it asks. */
export class FeedbackItemView {
  @ApiProperty({ format: 'uuid', description: 'The response that gave the comment.' })
  id!: string;
  @ApiProperty({
    enum: Object.values(FeedbackKind),
    description:
      '`repeat`: given with the top score of the scale; `correct`: with a score in its bottom half.',
  })
  kind!: FeedbackKind;
  @ApiProperty({ type: 'integer' }) score!: number;
  @ApiProperty() comment!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;

  static of(item: FeedbackComment): FeedbackItemView {
    const { id, kind, score, comment, recordedAt } = item;
    return { id, kind, score, comment, recordedAt: recordedAt.toISOString() };
  }
}

/**
 * A page of a service's comments that ask for something (`items`, `nextCursor`, as every list),
 * and the same page's comments sorted into what to repeat and what to correct (`repeat`,
 * `correct`, as v1 answered them).
 */
export class FeedbackView {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The survey read; null when no survey rated the service.',
  })
  surveyId!: string | null;
  @ApiProperty({
    type: [FeedbackItemView],
    description: 'This page’s comments to repeat or to correct, oldest first.',
  })
  items!: FeedbackItemView[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Pass as `cursor`, with the same `surveyId`, for the next page; null on the last one.',
  })
  nextCursor!: string | null;
  @ApiProperty({
    type: [String],
    description: 'The comments of `items` to repeat (top score of the scale), oldest first.',
  })
  repeat!: string[];
  @ApiProperty({
    type: [String],
    description:
      'The comments of `items` to correct (a score in the bottom half of the scale), oldest first.',
  })
  correct!: string[];

  static of(page: FeedbackPage): FeedbackView {
    const { surveyId, nextCursor, repeat, correct } = page;
    return {
      surveyId,
      items: page.items.map((item) => FeedbackItemView.of(item)),
      nextCursor,
      repeat,
      correct,
    };
  }
}
