import { Injectable } from '@nestjs/common';
import type { AreaKind } from '@app/domain';
import type { Page, PageRequest } from '@app/persistence';
import { AreaEntity, AreaRepository } from '@app/persistence';

@Injectable()
export class AreasService {
  constructor(private readonly areas: AreaRepository) {}

  create(name: string, kind: AreaKind): Promise<AreaEntity> {
    return this.areas.create(name, kind);
  }

  list(page: PageRequest): Promise<Page<AreaEntity>> {
    return this.areas.list(page);
  }
}
