/**
 * The largest values the catalog accepts, in one place: the HTTP DTOs and the OpenAPI document
 * read these, and the database columns are sized to them.
 */
export const CATALOG_LIMITS = Object.freeze({
  /** Names of areas, services, surveys, KPIs and assessments (varchar(200) columns). */
  name: 200,
  /** A service's description and a survey response's comment. */
  longText: 4000,
  /** A service's promised standard. */
  standardDescription: 2000,
  /** A standard's response time: at most a year. */
  responseTimeHours: 8760,
  /** Consumer areas of one service. */
  consumers: 100,
  /** A KPI's unit (varchar(50)). */
  kpiUnit: 50,
  /** Where a measurement came from (varchar(200)). */
  measurementSource: 200,
  /** End customers of a service in a period, and its requests. */
  endCustomers: 2_000_000_000,
  /** The highest value a survey scale may start at, and end at. */
  scaleMinimum: 99,
  scaleMaximum: 100,
  /** The ranking's criteria are rated from 1 to 5. */
  criterionLowest: 1,
  criterionHighest: 5,
});

/** A quarter, as volumes and standard results are recorded: `2026-Q3` (checked by the database too). */
export const QUARTER = /^\d{4}-Q[1-4]$/;
