import { AreaEntity } from './area.entity';
import { CycleEntity } from './cycle.entity';
import { ServiceConsumerEntity } from './service-consumer.entity';
import { ServiceEntity } from './service.entity';

export { AreaEntity, CycleEntity, ServiceConsumerEntity, ServiceEntity };

export const ENTITIES = [AreaEntity, ServiceEntity, ServiceConsumerEntity, CycleEntity];
