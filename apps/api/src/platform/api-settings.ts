/** What the API process was configured with, resolved once at boot. */
export class ApiSettings {
  constructor(
    readonly databaseUrl: string,
    readonly databasePoolSize: number,
    readonly temporalAddress: string,
    readonly temporalNamespace: string,
    readonly taskQueue: string,
    readonly jwtSecret: string,
    readonly bodyLimit: number,
    /** How long starting a cycle waits for the worker to record it before answering anyway. */
    readonly cycleStartWaitMs: number = 5_000,
    /** How long a cycle command waits for the workflow to record it before answering 503. */
    readonly commandWaitMs: number = 15_000,
  ) {}
}
