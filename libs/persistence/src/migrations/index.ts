import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795328214152 } from './1795328214152-initial-schema.migration';

// Every migration, oldest first. Never edit one that has landed: add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795328214152];
