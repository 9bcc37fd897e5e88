import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { TemporalConnectionOptions } from '@app/config';
import type { Logger } from '@app/logging';
import { PersistenceModule } from '@app/persistence';
import { AreasController } from './areas/areas.controller';
import { AreasService } from './areas/areas.service';
import { AuthGuard } from './auth/auth.guard';
import { CatalogHistoryController } from './catalog/catalog-history.controller';
import { TokenVerifier } from './auth/token-verifier.service';
import { AuditController } from './audit/audit.controller';
import { ApprovalInboxService } from './cycles/approval-inbox.service';
import { GapSourceCheck } from './cycles/gap-source-check';
import { ApprovalsController } from './cycles/approvals.controller';
import { CycleCommandsController } from './cycles/cycle-commands.controller';
import { CycleCommandsService } from './cycles/cycle-commands.service';
import { CycleEvidenceService } from './cycles/cycle-evidence.service';
import { CycleOutcomeService } from './cycles/cycle-outcome.service';
import { CycleHistoryController } from './cycles/cycle-history.controller';
import { CycleHistoryService } from './cycles/cycle-history.service';
import { CycleWorkflowGateway } from './cycles/cycle-workflow.gateway';
import { CyclesController } from './cycles/cycles.controller';
import { CyclesService } from './cycles/cycles.service';
import { HealthController } from './health/health.controller';
import { KpisController } from './kpis/kpis.controller';
import { MaturityController } from './maturity/maturity.controller';
import { MaturityService } from './maturity/maturity.service';
import { PrioritizationController } from './prioritization/prioritization.controller';
import { PrioritizationInputsController } from './prioritization/prioritization-inputs.controller';
import { PrioritizationInputsService } from './prioritization/prioritization-inputs.service';
import { CatalogAsOfService } from './services/catalog-as-of.service';
import { PrioritizationService } from './prioritization/prioritization.service';
import { FeedbackController } from './surveys/feedback.controller';
import { StandardsController } from './standards/standards.controller';
import { StandardsService } from './standards/standards.service';
import { SurveysController } from './surveys/surveys.controller';
import { SurveysService } from './surveys/surveys.service';
import { KpisService } from './kpis/kpis.service';
import { ReadinessService } from './health/readiness.service';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { PeopleController } from './people/people.controller';
import { PeopleService } from './people/people.service';
import { ApprovalPoliciesService } from './approval-routing/approval-policies.service';
import { ApprovalPolicyController } from './approval-routing/approval-policy.controller';
import { DelegationsController } from './approval-routing/delegations.controller';
import { DelegationsService } from './approval-routing/delegations.service';
import { JourneysController } from './journeys/journeys.controller';
import { ImportsModule } from './imports/imports.module';
import { RoadmapChangesController } from './roadmap/roadmap-changes.controller';
import { RoadmapChangesService } from './roadmap/roadmap-changes.service';
import { ServiceAccountsController } from './service-accounts/service-accounts.controller';
import { ServiceAccountsService } from './service-accounts/service-accounts.service';
import { ApiSettings } from './platform/api-settings';
import { Clock } from './platform/clock';
import { IdGenerator } from './platform/id-generator';
import { ProblemDetailsFilter } from './platform/problem-details.filter';
import { requestLogging } from './platform/request-logging';
import { ServicesController } from './services/services.controller';
import { ServicesService } from './services/services.service';
import { TEMPORAL_CONNECTION_OPTIONS, TemporalConnection } from './temporal/temporal-connection';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

@Module({})
export class ApiModule {
  /** `logger`: request and app logs through pino (nestjs-pino); none without. */
  static register(
    settings: ApiSettings,
    temporal?: TemporalConnectionOptions,
    logger?: Logger,
  ): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ...(logger ? [requestLogging(logger)] : []),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: settings.rateLimitPerMinute }],
        }),
        PersistenceModule.forRoot({
          url: settings.databaseUrl,
          poolSize: settings.databasePoolSize,
          role: settings.databaseRole,
          applicationName: 'cycles-api',
        }),
        ImportsModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        AreasController,
        ServicesController,
        KpisController,
        SurveysController,
        PrioritizationController,
        PrioritizationInputsController,
        MaturityController,
        CyclesController,
        CycleCommandsController,
        CycleHistoryController,
        ApprovalsController,
        PeopleController,
        ServiceAccountsController,
        CatalogHistoryController,
        FeedbackController,
        StandardsController,
        ApprovalPolicyController,
        DelegationsController,
        RoadmapChangesController,
        AuditController,
        JourneysController,
        WebhooksController,
      ],
      providers: [
        { provide: ApiSettings, useValue: settings },
        // Order matters: rate limiting first, so floods never reach token verification.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        TokenVerifier,
        PeopleService,
        ServiceAccountsService,
        StandardsService,
        ApprovalPoliciesService,
        DelegationsService,
        RoadmapChangesService,
        WebhooksService,
        ...(temporal ? [{ provide: TEMPORAL_CONNECTION_OPTIONS, useValue: temporal }] : []),
        TemporalConnection,
        ReadinessService,
        MetricsService,
        Clock,
        IdGenerator,
        AreasService,
        ServicesService,
        KpisService,
        SurveysService,
        PrioritizationService,
        PrioritizationInputsService,
        CatalogAsOfService,
        MaturityService,
        CyclesService,
        CycleCommandsService,
        CycleEvidenceService,
        CycleOutcomeService,
        CycleHistoryService,
        CycleWorkflowGateway,
        GapSourceCheck,
        ApprovalInboxService,
      ],
    };
  }
}
