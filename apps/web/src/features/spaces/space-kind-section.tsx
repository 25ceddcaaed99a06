import type { SpaceKind } from '@crossgov/shared';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import { Loading } from '../../components/ui/query-status.tsx';
import type { Space } from './api/spaces.ts';

type SectionProps = { space: Space };
type KindSection = LazyExoticComponent<ComponentType<SectionProps>>;

/** A kind's section, loaded only when a space of that kind is opened. */
export function kindSection<K extends string>(
  load: () => Promise<Record<K, ComponentType<SectionProps>>>,
  name: K,
): KindSection {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * The tools a space's kind adds to its page (a budget's projects and ballot, an assembly's recruitment...):
 * each kind's feature folder exports one component taking the space. A workspace adds nothing.
 */
const sections: Partial<Record<SpaceKind, KindSection>> = {
  conversation: kindSection(
    () => import('../conversations/components/conversation-section.tsx'),
    'ConversationSection',
  ),
  consultation: kindSection(
    () => import('../consultations/components/consultation-section.tsx'),
    'ConsultationSection',
  ),
  budget: kindSection(() => import('../budgets/components/budget-section.tsx'), 'BudgetSection'),
  assembly: kindSection(() => import('../assemblies/components/assembly-section.tsx'), 'AssemblySection'),
};

export function SpaceKindSection({ space }: SectionProps) {
  const Section = sections[space.kind];
  if (!Section) return null;
  return (
    <Suspense fallback={<Loading />}>
      <Section space={space} />
    </Suspense>
  );
}
