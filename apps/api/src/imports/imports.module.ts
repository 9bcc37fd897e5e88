import { Module } from '@nestjs/common';
import { BulkImportRepository } from '@app/persistence';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** CSV imports of survey responses and KPI measurements (the body parser: create-api-app). */
@Module({
  controllers: [ImportsController],
  providers: [ImportsService, BulkImportRepository],
})
export class ImportsModule {}
