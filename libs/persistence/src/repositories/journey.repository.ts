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
      const stages = withTouchpointIds(input.stages, []);
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

  /**
   * Replaces the journey with `input`, under the rules of a new one (If-Match: the version the
   * caller read), recording only what changed on the catalog chain. A touchpoint named as before
   * in a stage of the same name, served by the same area, keeps its id.
   */
  async replace(
    id: string,
    input: JourneyInput,
    ifMatch: string | undefined,
    context: ChangeContext,
  ): Promise<JourneyEntity> {
    await this.catalog.edit(
      context,
      'journey_changed',
      { entity: JourneyEntity, what: 'journey', id, ifMatch },
      async (manager, journey) => {
        await requireServedTouchpoints(manager, input.stages);
        const next = {
          name: input.name,
          segment: input.segment,
          stages: withTouchpointIds(input.stages, journey.stages),
        };
        const { name, segment, stages } = journey;
        return {
          before: { name, segment, stages },
          after: next,
          write: async (version) => {
            await manager.update(JourneyEntity, { id }, { ...next, version });
          },
        };
      },
    );
    const journey = await this.findById(id);
    if (!journey) {
      throw DomainError.notFound('journey', id);
    }
    return journey;
  }

  findById(id: string): Promise<JourneyEntity | null> {
    return this.dataSource.getRepository(JourneyEntity).findOneBy({ id });
  }

  async list(page: PageRequest): Promise<Page<JourneyEntity>> {
    const query = this.dataSource.getRepository(JourneyEntity).createQueryBuilder('journey');
    return toPage(await inKeysetOrder(query, 'journey', page).getMany(), page.limit);
  }
}

/** Each touchpoint with an id: the id of its match in `previous` (see `replace`), or a new one. */
function withTouchpointIds(
  stages: JourneyInput['stages'],
  previous: JourneyStage[],
): JourneyStage[] {
  const keyOf = (stage: string, touchpoint: { name: string; frontAreaId: string }) =>
    JSON.stringify([stage, touchpoint.name, touchpoint.frontAreaId]);
  const known = new Map<string, string[]>();
  for (const stage of previous) {
    for (const touchpoint of stage.touchpoints) {
      const key = keyOf(stage.name, touchpoint);
      known.set(key, [...(known.get(key) ?? []), touchpoint.id]);
    }
  }
  return stages.map((stage) => ({
    name: stage.name,
    touchpoints: stage.touchpoints.map((touchpoint) => ({
      id: known.get(keyOf(stage.name, touchpoint))?.shift() ?? randomUUID(),
      ...touchpoint,
    })),
  }));
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
        `SELECT service_id FROM service_consumers
         WHERE area_id = $1 AND service_id = ANY($2::uuid[]) AND removed_at IS NULL`,
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
