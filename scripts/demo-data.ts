/**
 * Records a small demo organization in a running service, to look around the console:
 * areas, services, a survey, KPIs, a maturity assessment and cycles at several stages.
 * Usage: npm run demo-data -- [http://localhost:3000]   (tokens signed with the service's secret)
 */
import 'reflect-metadata';
import { demoApiFromEnvironment, people } from './demo/demo-api';
import { recordCycles } from './demo/demo-cycles';
import { recordOrganization } from './demo/demo-organization';

async function main(): Promise<void> {
  const api = demoApiFromEnvironment();
  const baseUrl = api.baseUrl;
  const organization = await recordOrganization(api);
  const cycles = await recordCycles(api, organization);
  process.stdout.write(
    `Recorded ${organization.serviceIds.length} services and ${cycles.length} cycles.\n` +
      `Sign in at ${baseUrl}/app/ with a token, e.g.\n` +
      `  npm run -s token -- --sub ${people.marta.id} --name "${people.marta.name}" --roles manager\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
