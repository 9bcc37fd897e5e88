import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AreaKind, DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { AreaEntity } from '../entities/area.entity';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';

@Injectable()
export class AreaRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** Creates the area and records it on the catalog chain, in one transaction. */
  async create(name: string, kind: AreaKind, context: ChangeContext): Promise<AreaEntity> {
    try {
      return await this.catalog.save(context, AreaEntity, 'area_created', { name, kind });
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_areas_name') {
        throw DomainError.conflict(`an area named "${name}" already exists`);
      }
      throw error;
    }
  }

  /**
   * Renames the area (If-Match: the version the caller read), recording what changed on the
   * catalog chain; the answer is the area as it stands after. A name another area has: 409.
   */
  async update(
    id: string,
    changes: { name?: string },
    ifMatch: string | undefined,
    context: ChangeContext,
  ): Promise<AreaEntity> {
    try {
      await this.catalog.edit(
        context,
        'area_changed',
        { entity: AreaEntity, what: 'area', id, ifMatch },
        (manager, area) => ({
          before: { name: area.name },
          after: { name: changes.name ?? area.name },
          write: async (version) => {
            await manager.update(AreaEntity, { id }, { name: changes.name ?? area.name, version });
          },
        }),
      );
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_areas_name') {
        throw DomainError.conflict(`an area named "${changes.name}" already exists`);
      }
      throw error;
    }
    return this.require(id);
  }

  async require(id: string): Promise<AreaEntity> {
    const area = await this.dataSource.getRepository(AreaEntity).findOneBy({ id });
    if (!area) {
      throw DomainError.notFound('area', id);
    }
    return area;
  }

  async list(page: PageRequest): Promise<Page<AreaEntity>> {
    const query = this.dataSource.getRepository(AreaEntity).createQueryBuilder('area');
    return toPage(await inKeysetOrder(query, 'area', page).getMany(), page.limit);
  }

  findByIds(ids: string[]): Promise<AreaEntity[]> {
    return this.dataSource.getRepository(AreaEntity).findBy({ id: In(ids) });
  }
}
