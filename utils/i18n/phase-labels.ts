import type { Category } from '../dataset/categories';
import type { MilestoneKind, Phase } from '../dataset/schema';
import type { Language } from '../dates/format-date';

export const PHASE_LABELS: Record<Phase, Record<Language, string>> = {
  announced: { fr: 'annoncé', en: 'announced' },
  experimentation: { fr: 'expérimentation', en: 'pilot' },
  deploying: { fr: 'en déploiement', en: 'rolling out' },
  generalised: { fr: 'généralisé', en: 'nationwide' },
  mandatory: { fr: 'obligatoire', en: 'mandatory' },
  active: { fr: 'en activité', en: 'active' },
  completed: { fr: 'achevé', en: 'completed' },
  paused: { fr: 'en pause', en: 'paused' },
  stopped: { fr: 'arrêté', en: 'stopped' },
  replaced: { fr: 'remplacé', en: 'replaced' },
};

export const CATEGORY_LABELS: Record<Category, Record<Language, string>> = {
  institutions: { fr: 'Institutions', en: 'Institutions' },
  identity: { fr: 'Identité et accès', en: 'Identity and access' },
  'patient-services': { fr: 'Services aux patients', en: 'Patient services' },
  'professional-services': { fr: 'Services aux professionnels', en: 'Services for professionals' },
  'health-data': { fr: 'Données de santé', en: 'Health data' },
  'crisis-systems': { fr: 'Systèmes de crise', en: 'Crisis systems' },
  'funding-programmes': { fr: 'Programmes et financements', en: 'Programmes and funding' },
  governance: { fr: 'Gouvernance', en: 'Governance' },
  referentials: { fr: 'Référentiels', en: 'Reference frameworks' },
};

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, Record<Language, string>> = {
  announced: { fr: 'annoncé', en: 'announced' },
  planned: { fr: 'prévu', en: 'planned' },
  done: { fr: 'réalisé', en: 'done' },
  slipped: { fr: 'en retard', en: 'slipped' },
  cancelled: { fr: 'abandonné', en: 'cancelled' },
};
