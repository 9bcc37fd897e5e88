import type { Schemas } from '../../api/client';

export type CapabilityCategory = Schemas['CapabilityView']['category'];
export type SelfTestBand = Schemas['SelfTestResultView']['band'];

export const CATEGORY_LABELS: Record<CapabilityCategory, string> = {
  business_process_alignment: 'Business process alignment',
  talent_management: 'Talent management',
  customer_interaction: 'Customer interaction',
  infrastructure: 'Infrastructure',
};

/** The four maturity levels, against industry standards. */
export const LEVELS = [
  { level: 1, label: 'Below industry standards for the fundamental capabilities' },
  { level: 2, label: 'Meeting industry standards for some capabilities' },
  { level: 3, label: 'Meeting industry standards for the fundamental capabilities' },
  { level: 4, label: 'Exceeding industry standards' },
] as const;

export const BAND_LABELS: Record<SelfTestBand, { title: string; meaning: string }> = {
  long_way_to_go: {
    title: 'A long way to go',
    meaning:
      'Problems are met as they come: complaints are seen as a cost, played down, or blamed on the customer.',
  },
  doing_well: {
    title: 'Doing well',
    meaning:
      'You genuinely care for customers and solve the problems that arise, making sure they are pleased with how it was handled.',
  },
  on_top_of_it: {
    title: 'On top of it',
    meaning:
      'You build a truly positive experience, prevent problems, and work across the organization to grow a service culture customers notice.',
  },
};
