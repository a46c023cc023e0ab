import { OnThisPage, type PageTermsState } from '@/components/on-this-page/OnThisPage';
import { SlipList } from '@/components/slips/SlipList';
import { Upcoming } from '@/components/upcoming/Upcoming';
import type { Milestone } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { RECENT_YEARS, recentSlips, upcomingMilestones } from '@/utils/timeline/first-screen';
import type { TabTerm } from '@/utils/timeline/page-terms-sum';

/** The popup's first screen: this page's programmes, the next 12 months, then the slips. */
export function NowView({
  pageTerms,
  milestones,
  termLabels,
  language,
  today,
  onReveal,
  onSelectTerm,
}: {
  pageTerms: PageTermsState;
  milestones: Milestone[];
  termLabels: Map<string, string>;
  language: Language;
  today: string;
  onReveal: (term: TabTerm) => void;
  onSelectTerm: (termId: string) => void;
}) {
  return (
    <>
      <OnThisPage state={pageTerms} termLabels={termLabels} language={language} onReveal={onReveal} />
      <Upcoming milestones={upcomingMilestones(milestones, today)} language={language} termLabels={termLabels} onSelectTerm={onSelectTerm} />
      <SlipList
        slips={recentSlips(milestones, today)}
        since={Number(today.slice(0, 4)) - RECENT_YEARS}
        language={language}
        termLabels={termLabels}
        onSelectTerm={onSelectTerm}
      />
    </>
  );
}
