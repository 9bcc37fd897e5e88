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

  list(page: PageRequest): Promise<Page<AreaEntity>> {
    return this.areas.list(page);
  }
}
