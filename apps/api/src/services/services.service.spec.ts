import { AreaKind, DomainError, ErrorCode } from '@app/domain';
import type { AreaRepository, ServiceRepository } from '@app/persistence';
import { ServicesService } from './services.service';

const area = (id: string, kind: AreaKind) => ({ id, kind, name: id, createdAt: new Date() });

describe('ServicesService.create', () => {
  const areas = [
    area('back-1', AreaKind.Back),
    area('front-1', AreaKind.Front),
    area('front-2', AreaKind.Front),
  ];
  const areaRepository = {
    findByIds: jest.fn(async (ids: string[]) => areas.filter((a) => ids.includes(a.id))),
  };
  const serviceRepository = { create: jest.fn(async (input: object) => ({ id: 'svc', ...input })) };
  const service = new ServicesService(
    serviceRepository as unknown as ServiceRepository,
    areaRepository as unknown as AreaRepository,
  );
  const change = { actor: { id: 'iris', roles: [] }, requestId: 'req-1' };
  const input = {
    name: 'Payroll',
    providerAreaId: 'back-1',
    consumerAreaIds: ['front-1', 'front-2'],
  };

  beforeEach(() => serviceRepository.create.mockClear());

  it('stores a service from a back area to front areas, with defaults for what is optional', async () => {
    await service.create(input, change);
    expect(serviceRepository.create).toHaveBeenCalledWith(
      {
        name: 'Payroll',
        description: null,
        providerAreaId: 'back-1',
        consumerAreaIds: ['front-1', 'front-2'],
        standardDescription: null,
        standardResponseTimeHours: null,
        critical: false,
      },
      change,
    );
  });

  it.each([
    ['an unknown area', { ...input, consumerAreaIds: ['front-1', 'nowhere'] }, ErrorCode.NotFound],
    ['a front provider', { ...input, providerAreaId: 'front-1' }, ErrorCode.InvalidInput],
    ['a back consumer', { ...input, consumerAreaIds: ['back-1'] }, ErrorCode.InvalidInput],
  ])('refuses %s and stores nothing', async (_case, body, code) => {
    const error = await service.create(body, change).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    expect(serviceRepository.create).not.toHaveBeenCalled();
  });
});

describe('ServicesService.update', () => {
  const areas = [area('back-1', AreaKind.Back), area('front-1', AreaKind.Front)];
  const areaRepository = {
    findByIds: jest.fn(async (ids: string[]) => areas.filter((a) => ids.includes(a.id))),
  };
  const serviceRepository = {
    findById: jest.fn(async (id: string) => ({ id, providerAreaId: 'back-1' })),
    update: jest.fn(async (id: string) => ({ id })),
  };
  const service = new ServicesService(
    serviceRepository as unknown as ServiceRepository,
    areaRepository as unknown as AreaRepository,
  );
  const change = { actor: { id: 'iris', roles: [] }, requestId: 'req-1' };

  beforeEach(() => serviceRepository.update.mockClear());

  it('passes the edit and the version read to the repository', async () => {
    await service.update('svc', { name: 'Payroll', consumerAreaIds: ['front-1'] }, '"2"', change);
    expect(serviceRepository.update).toHaveBeenCalledWith(
      'svc',
      { name: 'Payroll', consumerAreaIds: ['front-1'] },
      '"2"',
      change,
    );
  });

  it.each([
    ['an unknown consumer area', ['front-1', 'nowhere'], ErrorCode.NotFound],
    ['its own provider as a consumer', ['back-1'], ErrorCode.InvalidInput],
  ])('refuses %s as on create, and changes nothing', async (_case, consumerAreaIds, code) => {
    const error = await service
      .update('svc', { consumerAreaIds }, undefined, change)
      .catch((caught: unknown) => caught);
    expect((error as DomainError).code).toBe(code);
    expect(serviceRepository.update).not.toHaveBeenCalled();
  });
});
