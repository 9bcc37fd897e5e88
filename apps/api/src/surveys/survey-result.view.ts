import { ApiProperty } from '@nestjs/swagger';

/** A survey's result for one service. */
export class SurveyResultView {
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ type: 'integer', description: 'How many responses rated the service.' })
  responses!: number;
  @ApiProperty({ description: 'The mean score, to three decimals.' }) meanScore!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Responses per score, keyed by the score; every score of the scale present.',
    example: { '1': 0, '2': 1, '3': 4, '4': 7, '5': 2 },
  })
  distribution!: Record<string, number>;
}

/** A response just recorded (its comment is not echoed). */
export class SurveyResponseRecordedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ format: 'uuid' }) respondentAreaId!: string;
  @ApiProperty({ type: 'integer' }) score!: number;
}
