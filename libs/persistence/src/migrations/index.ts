import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795330489690 } from './1795330489690-initial-schema.migration';
import { AuditAppendOnly1795330490690 } from './1795330490690-audit-append-only.migration';
import { AuditRequestId1795331767810 } from './1795331767810-audit-request-id.migration';
import { CatalogMeasurement1795332140455 } from './1795332140455-catalog-measurement.migration';
import { ApplicationRole1795332141455 } from './1795332141455-application-role.migration';
import { ApplicationLoginRole1795332157212 } from './1795332157212-application-login-role.migration';
import { IdempotencyKeys1795991289207 } from './1795991289207-idempotency-keys.migration';
import { CycleEscalationsKey1795991300000 } from './1795991300000-cycle-escalations-key.migration';
import { People1796001974175 } from './1796001974175-people.migration';
import { ServiceAccounts1796002519206 } from './1796002519206-service-accounts.migration';
import { InternalCustomersAnyArea1796003487102 } from './1796003487102-internal-customers-any-area.migration';
import { ApprovalRouting1796008585648 } from './1796008585648-approval-routing.migration';
import { AuditCheckpoints1796010978305 } from './1796010978305-audit-checkpoints.migration';
import { Journeys1796012953031 } from './1796012953031-journeys.migration';
import { CatalogChangeLookups1796694394555 } from './1796694394555-catalog-change-lookups.migration';
import { AuditKeyWindows1796691964819 } from './1796691964819-audit-key-windows.migration';
import { Notifications1796018238722 } from './1796018238722-notifications.migration';
import { RecordPruning1796692296073 } from './1796692296073-record-pruning.migration';
import { CatalogVersions1796694047653 } from './1796694047653-catalog-versions.migration';
import { ServiceStandardResults1796003999562 } from './1796003999562-service-standard-results.migration';
import { IdempotentAnswers1796692232270 } from './1796692232270-idempotent-answers.migration';

// Every migration, oldest first. Never edit one that has landed: add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795330489690,
  AuditAppendOnly1795330490690,
  AuditRequestId1795331767810,
  CatalogMeasurement1795332140455,
  ApplicationRole1795332141455,
  ApplicationLoginRole1795332157212,
  IdempotencyKeys1795991289207,
  CycleEscalationsKey1795991300000,
  People1796001974175,
  ServiceAccounts1796002519206,
  InternalCustomersAnyArea1796003487102,
  ServiceStandardResults1796003999562,
  ApprovalRouting1796008585648,
  AuditCheckpoints1796010978305,
  Journeys1796012953031,
  Notifications1796018238722,
  AuditKeyWindows1796691964819,
  IdempotentAnswers1796692232270,
  RecordPruning1796692296073,
  CatalogVersions1796694047653,
  CatalogChangeLookups1796694394555,
];
