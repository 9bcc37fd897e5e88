import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { AreaKind, DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import type { JourneyStage } from '../entities/journey.entity';
import { JourneyEntity } from '../entities/journey.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';

export interface JourneyInput {
  name: string;
  segment: string | null;
  stages: {
    name: string;
    touchpoints: { name: string; frontAreaId: string; serviceIds: string[] }[];
  }[];
}

@Injectable()
export class JourneyRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /**
   * Records a journey, on the catalog chain: each touchpoint's area must be a front area and each
   * of its services one that area consumes (400 naming the touchpoint otherwise).
   */
  create(input: JourneyInput, context: ChangeContext): Promise<JourneyEntity> {
    return this.catalog.record(context, 'journey_created', async (manager) => {
      await requireServedTouchpoints(manager, input.stages);
      const stages: JourneyStage[] = input.stages.map((stage) => ({
        name: stage.name,
        touchpoints: stage.touchpoints.map((touchpoint) => ({ id: randomUUID(), ...touchpoint })),
      }));
      const saved = await manager.getRepository(JourneyEntity).save({
        id: randomUUID(),
        name: input.name,
        segment: input.segment,
        stages,
        createdBy: context.actor.id,
      });
      return { result: saved, event: { key: saved.id, data: { after: saved } } };
    });
  }

  findById(id: string): Promise<JourneyEntity | null> {
    return this.dataSource.getRepository(JourneyEntity).findOneBy({ id });
  }

  async list(page: PageRequest): Promise<Page<JourneyEntity>> {
    const query = this.dataSource.getRepository(JourneyEntity).createQueryBuilder('journey');
    return toPage(await inKeysetOrder(query, 'journey', page).getMany(), page.limit);
  }
}

async function requireServedTouchpoints(
  manager: EntityManager,
  stages: JourneyInput['stages'],
): Promise<void> {
  for (const [s, stage] of stages.entries()) {
    for (const [t, touchpoint] of stage.touchpoints.entries()) {
      const field = `stages.${s}.touchpoints.${t}`;
      const [area] = await manager.query<{ kind: string }[]>(
        'SELECT kind FROM areas WHERE id = $1',
        [touchpoint.frontAreaId],
      );
      if (area?.kind !== AreaKind.Front) {
        throw DomainError.invalid(
          `${field}.frontAreaId`,
          area ? 'a touchpoint is served by a front area' : `no area ${touchpoint.frontAreaId}`,
        );
      }
      const consumed = await manager.query<{ service_id: string }[]>(
        'SELECT service_id FROM service_consumers WHERE area_id = $1 AND service_id = ANY($2::uuid[])',
        [touchpoint.frontAreaId, touchpoint.serviceIds],
      );
      const unbacked = touchpoint.serviceIds.filter(
        (id) => !consumed.some((row) => row.service_id === id),
      );
      if (unbacked.length > 0) {
        throw DomainError.invalid(
          `${field}.serviceIds`,
          `the area does not consume ${unbacked.join(', ')}: a touchpoint is backed by services its front area depends on`,
        );
      }
    }
  }
}
