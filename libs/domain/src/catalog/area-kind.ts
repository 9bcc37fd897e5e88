/** Front areas face end customers; back areas provide internal services to them. */
export enum AreaKind {
  Front = 'front',
  Back = 'back',
}
