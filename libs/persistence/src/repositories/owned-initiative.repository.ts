import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CycleStage, Initiative } from '@app/domain';
import { ACTIVE_CYCLE_STATUSES, InitiativeStatus } from '@app/domain';

/** An initiative with the cycle and service it belongs to. */
export interface OwnedInitiative {
  cycleId: string;
  serviceId: string;
  serviceName: string;
  /** Where its cycle is: progress is reported in execution monitoring. */
  cycleStage: CycleStage;
  initiative: Initiative;
}

// The cycles' projected state holds each initiative with its owner: `@>` finds the cycles that
// name the person, then each of their initiatives is matched on its own.
const OWNED_INITIATIVES = `
  SELECT c.id AS "cycleId", c.service_id AS "serviceId", s.name AS "serviceName",
         c.stage AS "cycleStage", i AS initiative
  FROM cycles c
  JOIN services s ON s.id = c.service_id
  CROSS JOIN LATERAL jsonb_array_elements(c.detail->'initiatives') AS i
  WHERE c.detail->'initiatives' @> jsonb_build_array(jsonb_build_object('ownerId', $1::text))
    AND i->>'ownerId' = $1
    AND ($2 OR (c.status = ANY($3) AND i->>'status' <> ALL($4)))
  ORDER BY i->>'dueDate', c.id, i->>'id'`;

@Injectable()
export class OwnedInitiativeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The initiatives a person owns, soonest due first: open ones (not done or dropped, in a cycle
   * still under way) unless `all`.
   */
  ownedBy(personId: string, all: boolean): Promise<OwnedInitiative[]> {
    return this.dataSource.query(OWNED_INITIATIVES, [
      personId,
      all,
      ACTIVE_CYCLE_STATUSES,
      [InitiativeStatus.Done, InitiativeStatus.Dropped],
    ]);
  }

  /** Whether the person owns that initiative of that cycle (both ids UUIDs). */
  async owns(personId: string, cycleId: string, initiativeId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ owns: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM cycles c CROSS JOIN LATERAL jsonb_array_elements(c.detail->'initiatives') i
         WHERE c.id = $1 AND i->>'id' = $2 AND i->>'ownerId' = $3) AS owns`,
      [cycleId, initiativeId, personId],
    );
    return rows[0]?.owns === true;
  }
}
