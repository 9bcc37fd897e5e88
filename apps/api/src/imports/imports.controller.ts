import type { Readable } from 'node:stream';
import { applyDecorators, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
  ApiOperation,
  getSchemaPath,
} from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { PROBLEM_CONTENT_TYPE } from '../platform/problem-details';
import { CSV_IMPORT_ROUTE } from './csv-body.parser';
import { CsvUpload } from './csv-upload.decorator';
import { csvBodyDescription, ImportProblemView, ImportResultView } from './import.dto';
import { ImportsService } from './imports.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

const RESPONSES_EXAMPLE = [
  'serviceId,respondentAreaId,score,comment',
  '0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b,7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b,4,"Quick, and kind"',
  '0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b,7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b,2,',
].join('\n');

const MEASUREMENTS_EXAMPLE = [
  'value,measuredAt,source',
  '41.5,2026-07-31T23:59:59Z,ticketing export',
  '38,2026-08-31,',
].join('\n');

/**
 * What both import routes share: a streamed CSV body, catalog writers, the same answers;
 * `conflict` describes the route's 409, when it has one.
 */
function CsvImport(
  columns: string,
  example: string,
  notFound: string,
  conflict?: string,
): MethodDecorator {
  return applyDecorators(
    HttpCode(201),
    Roles(Role.Improver, Role.Admin),
    RouteConfig(CSV_IMPORT_ROUTE),
    ApiConsumes('text/csv'),
    ApiBody({
      description: csvBodyDescription(columns, example),
      schema: { type: 'string', example },
    }),
    ApiCreatedResponse({
      type: ImportResultView,
      description: 'Every row imported, in one transaction, each on the catalog audit chain.',
    }),
    ApiExtraModels(ImportProblemView),
    ApiBadRequestResponse({
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ImportProblemView) } } },
      description:
        'A bad row, header or file: `errors: [{ row, field, message }]`, at most 100, in row order (`row` 0 is the header). Nothing was imported.',
    }),
    ApiUnauthorizedResponse({ description: 'No token, or not a valid one.' }),
    ApiForbiddenResponse({ description: 'Neither an improver nor an admin.' }),
    ApiNotFoundResponse({ description: notFound }),
    ApiPayloadTooLargeResponse({
      description: 'Larger than CSV_IMPORT_MAX_BYTES (32 MiB by default). Nothing was imported.',
    }),
    ApiUnsupportedMediaTypeResponse({
      description: 'Not `text/csv`, or a charset other than UTF-8.',
    }),
    ...(conflict ? [ApiConflictResponse({ description: conflict })] : []),
  );
}

@ApiTags('measurement')
@ApiBearerAuth()
@Controller('v1')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('surveys/:id/responses/import')
  @IdempotentWrite()
  @CsvImport(
    '`serviceId`, `respondentAreaId`, `score` and optionally `comment`',
    RESPONSES_EXAMPLE,
    'No such survey.',
    'The catalog changed during the import (a service, area or consumer went away). Nothing was imported: retry.',
  )
  @ApiOperation({ summary: 'Import survey responses from CSV' })
  async importResponses(
    @Param() { id }: IdParam,
    @CsvUpload() csv: Readable,
    @Change() change: ChangeContext,
  ): Promise<ImportResultView> {
    return { imported: await this.imports.importResponses(id, csv, change) };
  }

  @Post('kpis/:id/measurements/import')
  @IdempotentWrite()
  @CsvImport('`value`, `measuredAt` and optionally `source`', MEASUREMENTS_EXAMPLE, 'No such KPI.')
  @ApiOperation({ summary: 'Import KPI measurements from CSV' })
  async importMeasurements(
    @Param() { id }: IdParam,
    @CsvUpload() csv: Readable,
    @Change() change: ChangeContext,
  ): Promise<ImportResultView> {
    return { imported: await this.imports.importMeasurements(id, csv, change) };
  }
}
