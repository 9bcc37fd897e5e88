/** The four capability categories of the maturity assessment. */
export enum CapabilityCategory {
  BusinessProcessAlignment = 'business_process_alignment',
  TalentManagement = 'talent_management',
  CustomerInteraction = 'customer_interaction',
  Infrastructure = 'infrastructure',
}

export interface Capability {
  id: string;
  name: string;
  category: CapabilityCategory;
}

const C = CapabilityCategory;

/** The 25 capabilities, in the methodology's order. */
export const CAPABILITIES: readonly Capability[] = [
  {
    id: 'business_intelligence',
    name: 'Business intelligence',
    category: C.BusinessProcessAlignment,
  },
  {
    id: 'customer_focused_strategy',
    name: 'Customer-focused strategy',
    category: C.BusinessProcessAlignment,
  },
  {
    id: 'customer_focused_process',
    name: 'Customer-focused process',
    category: C.BusinessProcessAlignment,
  },
  {
    id: 'customer_focused_products_services',
    name: 'Customer-focused products/services',
    category: C.BusinessProcessAlignment,
  },
  {
    id: 'knowledge_management',
    name: 'Knowledge management',
    category: C.BusinessProcessAlignment,
  },
  { id: 'talent_acquisition', name: 'Talent acquisition', category: C.TalentManagement },
  { id: 'talent_alignment', name: 'Talent alignment', category: C.TalentManagement },
  { id: 'talent_training', name: 'Talent training', category: C.TalentManagement },
  {
    id: 'talent_rewards_retention',
    name: 'Talent rewards and retention',
    category: C.TalentManagement,
  },
  { id: 'workforce_management', name: 'Workforce management', category: C.TalentManagement },
  { id: 'channel_management', name: 'Channel management', category: C.CustomerInteraction },
  {
    id: 'integrated_sales_management',
    name: 'Integrated sales management',
    category: C.CustomerInteraction,
  },
  { id: 'billing', name: 'Billing', category: C.CustomerInteraction },
  { id: 'service_delivery', name: 'Service delivery', category: C.CustomerInteraction },
  {
    id: 'automated_delivery_channel',
    name: 'Automated delivery channel',
    category: C.CustomerInteraction,
  },
  {
    id: 'customer_experience_intelligence',
    name: 'Customer experience intelligence',
    category: C.CustomerInteraction,
  },
  { id: 'quality_management', name: 'Quality management', category: C.CustomerInteraction },
  { id: 'technology_roadmap', name: 'Technology roadmap', category: C.Infrastructure },
  { id: 'applications', name: 'Applications', category: C.Infrastructure },
  { id: 'technology_architecture', name: 'Technology architecture', category: C.Infrastructure },
  {
    id: 'communications_infrastructure',
    name: 'Communications infrastructure',
    category: C.Infrastructure,
  },
  { id: 'security', name: 'Security', category: C.Infrastructure },
  { id: 'data_management', name: 'Data management', category: C.Infrastructure },
  { id: 'physical_environment', name: 'Physical environment', category: C.Infrastructure },
  { id: 'systems_integration', name: 'Systems integration', category: C.Infrastructure },
];

/**
 * The four levels: 1 below industry standards for the fundamental capabilities, 2 meeting them
 * for some, 3 meeting them for the fundamental capabilities, 4 exceeding them.
 */
export const MATURITY_LEVELS = [1, 2, 3, 4] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
