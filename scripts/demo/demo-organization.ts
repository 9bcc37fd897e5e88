import type { DemoApi } from './demo-api';
import { people } from './demo-api';

const FRONT = ['Branch network', 'Contact center', 'Digital channels', 'Corporate sales'];
const BACK = ['Information technology', 'Human resources', 'Finance', 'Procurement', 'Legal'];

/** Internal services: provider (back area), the front areas they serve, whether critical. */
const SERVICES = [
  { name: 'Payroll processing', provider: 1, consumers: [0, 1, 2, 3], critical: true },
  { name: 'Purchase orders', provider: 3, consumers: [0, 2, 3], critical: true },
  { name: 'Contract review', provider: 4, consumers: [2, 3], critical: false },
  { name: 'Access requests', provider: 0, consumers: [0, 1, 2, 3], critical: false },
  { name: 'Laptop and workstation support', provider: 0, consumers: [0, 1, 2], critical: false },
  { name: 'Supplier payments', provider: 2, consumers: [0, 3], critical: false },
  { name: 'Expense reimbursement', provider: 2, consumers: [0, 1, 2, 3], critical: false },
  { name: 'Recruiting for branches', provider: 1, consumers: [0, 1], critical: false },
];

/** Mean ratings the survey lands near, per service (1..5): the worst rated get the cycles. */
const TYPICAL_SCORE = [2, 2, 3, 3, 4, 4, 3, 5];
const COMMENTS = [
  'Answers take too long; we chase every request twice.',
  'Clear and quick, thank you.',
  'The form asks for the same data three times.',
  'Good people, slow process.',
];

export interface DemoOrganization {
  serviceIds: string[];
  kpiIds: Record<string, string>;
}

/** Areas, services, a quarter's survey and volumes, KPIs with measurements, a maturity rating. */
export async function recordOrganization(api: DemoApi): Promise<DemoOrganization> {
  const { ana, admin } = people;
  for (const person of Object.values(people)) {
    await api.call(admin, 'PUT', `/v1/people/${person.id}`, {
      name: person.name,
      email: person.email,
    });
  }
  const front: string[] = [];
  for (const name of FRONT) {
    front.push((await api.call(ana, 'POST', '/v1/areas', { name, kind: 'front' })).id);
  }
  const back: string[] = [];
  for (const name of BACK) {
    back.push((await api.call(ana, 'POST', '/v1/areas', { name, kind: 'back' })).id);
  }
  const serviceIds: string[] = [];
  for (const service of SERVICES) {
    const created = await api.call(ana, 'POST', '/v1/services', {
      name: service.name,
      description: `${service.name} for the front line`,
      providerAreaId: back[service.provider],
      consumerAreaIds: service.consumers.map((index) => front[index]),
      standard: { description: 'Answered within two working days', responseTimeHours: 16 },
      critical: service.critical,
    });
    serviceIds.push(created.id);
  }

  const survey = await api.call(ana, 'POST', '/v1/surveys', {
    name: 'Internal customer survey 2026-Q3',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    scaleMin: 1,
    scaleMax: 5,
  });
  for (const [index, service] of SERVICES.entries()) {
    for (const [position, consumer] of service.consumers.entries()) {
      const typical = TYPICAL_SCORE[index] ?? 3;
      for (const offset of [0, position % 2 === 0 ? 1 : -1]) {
        await api.call(ana, 'POST', `/v1/surveys/${survey.id}/responses`, {
          serviceId: serviceIds[index],
          respondentAreaId: front[consumer],
          score: Math.min(5, Math.max(1, typical + offset)),
          comment: COMMENTS[(index + position + offset + 4) % COMMENTS.length],
        });
      }
    }
    await api.call(ana, 'POST', `/v1/services/${serviceIds[index]}/volumes`, {
      period: '2026-Q3',
      endCustomers: 12_000 - index * 1_100,
      reworkRate: Math.round((0.25 - index * 0.025) * 100) / 100,
    });
  }

  const payrollErrors = await api.call(ana, 'POST', `/v1/services/${serviceIds[0]}/kpis`, {
    name: 'Payroll errors per 1,000 payslips',
    unit: 'errors',
    direction: 'lower_is_better',
    baseline: 12,
    target: 4,
  });
  const orderDays = await api.call(ana, 'POST', `/v1/services/${serviceIds[1]}/kpis`, {
    name: 'Days from request to purchase order',
    unit: 'days',
    direction: 'lower_is_better',
    baseline: 14,
    target: 5,
  });
  const reviewDays = await api.call(ana, 'POST', `/v1/services/${serviceIds[2]}/kpis`, {
    name: 'Days to review a contract',
    unit: 'days',
    direction: 'lower_is_better',
    baseline: 10,
    target: 4,
  });
  const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
  for (const [kpi, values] of [
    [payrollErrors.id, [12, 11.5, 12.2, 11.8, 11, 10.6]],
    [orderDays.id, [14, 14.5, 13.8, 14.2, 13.9, 13.5]],
    [reviewDays.id, [10, 9.6, 9, 8.1, 7.4, 6.8]],
  ] as const) {
    for (const [month, value] of values.map((v, i) => [months[i], v] as const)) {
      await api.call(ana, 'POST', `/v1/kpis/${kpi}/measurements`, {
        value,
        measuredAt: `${month}-28T12:00:00Z`,
        source: 'Monthly report',
      });
    }
  }

  const capabilities = await api.call<{ items: { id: string }[] }>(
    ana,
    'GET',
    '/v1/maturity/capabilities',
  );
  await api.call(ana, 'POST', '/v1/maturity/assessments', {
    name: 'Back office, autumn 2026',
    ratings: capabilities.items.map((capability, index) => ({
      capability: capability.id,
      current: 1 + (index % 3),
      target: Math.min(4, 2 + (index % 3) + (index % 2)),
    })),
  });
  return {
    serviceIds,
    kpiIds: { payroll: payrollErrors.id, orders: orderDays.id, reviews: reviewDays.id },
  };
}
