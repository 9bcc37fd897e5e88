import { randomUUID } from 'node:crypto';
import { expectOk } from './cycle-steps';
import type { HttpClient } from './http-client';
import { users } from './users';

const as = { as: users.improver };
const tag = () => randomUUID().slice(0, 6);

/** Records an organization through the API: areas, services, a survey's ratings and volumes. */
export function organizationBuilder(http: () => HttpClient) {
  const area = async (kind: 'front' | 'back') =>
    expectOk(await http().post('/v1/areas', { name: `${kind} ${tag()}`, kind }, as), 201).body
      .id as string;
  const service = async (name: string, provider: string, consumers: string[]) =>
    expectOk(
      await http().post(
        '/v1/services',
        { name: `${name} ${tag()}`, providerAreaId: provider, consumerAreaIds: consumers },
        as,
      ),
      201,
    ).body.id as string;

  /** A survey on the 1..5 scale over the given period; its id. */
  const survey = async (periodStart: string, periodEnd: string) =>
    expectOk(
      await http().post(
        '/v1/surveys',
        { name: `Survey ${tag()}`, periodStart, periodEnd, scaleMin: 1, scaleMax: 5 },
        as,
      ),
      201,
    ).body.id as string;

  /** 3 front areas, 2 back areas, 5 services, one survey, one quarter of volumes. */
  async function organization(periodEnd = '2026-09-30') {
    const [branches, callCenter, online] = [
      await area('front'),
      await area('front'),
      await area('front'),
    ];
    const [operations, it] = [await area('back'), await area('back')];
    const services = {
      cards: await service('Card replacement', operations, [branches, callCenter]),
      claims: await service('Claims handling', operations, [branches]),
      access: await service('System access', it, [branches, callCenter, online]),
      payroll: await service('Payroll queries', operations, [online]),
      laptops: await service('Laptop repair', it, [callCenter]),
    };
    const rated = await survey('2026-07-01', periodEnd);
    const respond = async (serviceId: string, areaId: string, score: number) =>
      expectOk(
        await http().post(
          `/v1/surveys/${rated}/responses`,
          { serviceId, respondentAreaId: areaId, score },
          as,
        ),
        201,
      );
    // cards 2.0, claims 2.0, access 2.0 (ties broken by customers, then rework), payroll 4.5, laptops none
    await respond(services.cards, branches, 1);
    await respond(services.cards, callCenter, 3);
    await respond(services.claims, branches, 2);
    await respond(services.access, online, 2);
    await respond(services.payroll, online, 4);
    await respond(services.payroll, online, 5);
    const volume = async (serviceId: string, endCustomers: number, reworkRate: number) =>
      expectOk(
        await http().post(
          `/v1/services/${serviceId}/volumes`,
          { period: '2026-Q3', endCustomers, reworkRate },
          as,
        ),
        201,
      );
    await volume(services.cards, 5000, 0.1);
    await volume(services.claims, 5000, 0.3);
    await volume(services.access, 800, 0.5);
    await volume(services.payroll, 9000, 0.9);
    await volume(services.laptops, 100, 0.2);
    return { areas: { branches, callCenter, online, operations, it }, services, survey: rated };
  }

  return { tag, area, service, survey, organization };
}
