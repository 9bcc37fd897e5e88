/** The Temporal workflow type a Schedule starts to wake every channel with a delivery due. */
export const SWEEP_DELIVERIES_WORKFLOW = 'sweepDeliveries';

/** Activities of the delivery sweep; the worker implements them. */
export interface DeliverySweepActivities {
  /**
   * Wakes the delivery workflow of every channel with a delivery due, starting the workflow
   * where none runs; how many channels. Throws when some could not be woken, so it is retried.
   */
  wakeDueChannels(): Promise<number>;
}
