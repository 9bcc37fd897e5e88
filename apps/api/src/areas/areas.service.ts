import { Injectable } from '@nestjs/common';
import type { AreaKind } from '@app/domain';
import type { ChangeContext, Page, PageRequest } from '@app/persistence';
import { AreaEntity, AreaRepository } from '@app/persistence';

@Injectable()
export class AreasService {
  constructor(private readonly areas: AreaRepository) {}

  create(name: string, kind: AreaKind, change: ChangeContext): Promise<AreaEntity> {
    return this.areas.create(name, kind, change);
  }

  /** Renames the area; `ifMatch` the version the caller read. */
  update(
    id: string,
    changes: { name?: string },
    ifMatch: string | undefined,
    change: ChangeContext,
  ): Promise<AreaEntity> {
    return this.areas.update(id, changes, ifMatch, change);
  }

  get(id: string): Promise<AreaEntity> {
    return this.areas.require(id);
  }

  list(page: PageRequest): Promise<Page<AreaEntity>> {
    return this.areas.list(page);
  }
}
